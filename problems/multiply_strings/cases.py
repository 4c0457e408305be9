import random

from hypothesis import strategies as st

MAX_LEN = 200

EXAMPLES = [
    {"args": {"num1": "2", "num2": "3"}, "expected": "6"},
    {"args": {"num1": "123", "num2": "456"}, "expected": "56088"},
]


def number(rng, size, digits="0123456789"):
    """A `size`-digit number without a leading zero (size 1 may be "0")."""
    if size == 1:
        return rng.choice(digits)
    first = rng.choice([d for d in digits if d != "0"] or ["1"])
    return first + "".join(rng.choice(digits) for _ in range(size - 1))


_rng = random.Random(43)

HIDDEN = [
    {"tag": "zero times zero", "args": {"num1": "0", "num2": "0"}},
    {"tag": "zero times a number", "args": {"num1": "0", "num2": "52"}},
    {"tag": "a number times zero", "args": {"num1": "9133", "num2": "0"}},
    {"tag": "one times a number", "args": {"num1": "1", "num2": "987654321"}},
    {"tag": "single digits, two-digit product", "args": {"num1": "9", "num2": "9"}},
    {"tag": "single digits, one-digit product", "args": {"num1": "3", "num2": "2"}},
    {"tag": "carries all the way", "args": {"num1": "999", "num2": "999"}},
    {"tag": "powers of ten", "args": {"num1": "1000", "num2": "100"}},
    {"tag": "zeros inside", "args": {"num1": "1001", "num2": "10001"}},
    {"tag": "product has no extra digit", "args": {"num1": "25", "num2": "4"}},
    {"tag": "past 64 bits", "args": {"num1": "18446744073709551616", "num2": "18446744073709551616"}},
    {"tag": "long times one digit", "args": {"num1": "7" * MAX_LEN, "num2": "8"}},
    {"tag": "one digit times long", "args": {"num1": "5", "num2": "2" * MAX_LEN}},
    {"tag": "max length, all nines", "args": {"num1": "9" * MAX_LEN, "num2": "9" * MAX_LEN}},
    {
        "tag": "max length, power of ten",
        "args": {"num1": "1" + "0" * (MAX_LEN - 1), "num2": "1" + "0" * (MAX_LEN - 1)},
    },
    {"tag": "max length times zero", "args": {"num1": "0", "num2": number(_rng, MAX_LEN)}},
    {"tag": "max length, random", "args": {"num1": number(_rng, MAX_LEN), "num2": number(_rng, MAX_LEN)}},
    {
        "tag": "max length, small digits",
        "args": {"num1": number(_rng, MAX_LEN, "012"), "num2": number(_rng, MAX_LEN, "01")},
    },
]


@st.composite
def _number(draw):
    if draw(st.booleans()):  # short, drawn digit by digit
        head = draw(st.sampled_from("0123456789"))
        if head == "0":
            return "0"
        return head + draw(st.text("0123456789", max_size=8))
    size = draw(st.integers(1, MAX_LEN))  # long ones, built from a seed
    rng = random.Random(draw(st.integers(0, 2**32)))
    return number(rng, size, rng.choice(["0123456789", "09", "1", "9"]))


def inputs():
    return st.builds(lambda a, b: {"num1": a, "num2": b}, _number(), _number())


def _bad(num):
    if type(num) is not str or not 1 <= len(num) <= MAX_LEN:
        return "length out of range"
    if any(ch not in "0123456789" for ch in num):
        return "a character that is not a digit"
    if len(num) > 1 and num[0] == "0":
        return "a leading zero"
    return None


def valid(args):
    for name in ("num1", "num2"):
        reason = _bad(args.get(name))
        if reason:
            return f"{name}: {reason}"
    return None


def large(n, rng):
    n = max(1, n)
    return {"num1": number(rng, n), "num2": number(rng, n)}
