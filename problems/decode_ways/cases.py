import random

from hypothesis import strategies as st

MAX_LEN = 100
MAX_ANSWER = 2**31 - 1
# Growth-check inputs stop growing here: past ~2500 levels, memoized recursion
# (@cache) slows down per level in CPython, which would look like a worse class.
LARGE_CAP = 2048

EXAMPLES = [
    {"args": {"s": "12"}, "expected": 2},
    {"args": {"s": "226"}, "expected": 3},
    {"args": {"s": "06"}, "expected": 0},
]


def count(s):
    before, last, prev = 0, 1, ""
    for d in s:
        ways = last if d != "0" else 0
        if prev and 10 <= int(prev + d) <= 26:
            ways += before
        before, last, prev = last, ways, d
    return last


def build(n, rng, digits="1111222223456789", zero_chance=0.05, stray_zero_chance=0.0):
    """A digit string of length n whose answer never passes MAX_ANSWER."""
    out = []
    before, last = 0, 1
    for _ in range(n):
        prev = out[-1] if out else ""
        d = rng.choice(digits)
        if prev in ("1", "2") and rng.random() < zero_chance:
            d = "0"
        elif rng.random() < stray_zero_chance:
            d = "0"
        ways = (last if d != "0" else 0) + (before if prev and 10 <= int(prev + d) <= 26 else 0)
        if ways > MAX_ANSWER:  # only possible after a 1 or a 2: pair it with a 0
            d = "0"
            ways = before
        out.append(d)
        before, last = last, ways
    return "".join(out)


HIDDEN = [
    {"tag": "single zero", "args": {"s": "0"}},
    {"tag": "single digit", "args": {"s": "1"}},
    {"tag": "ten", "args": {"s": "10"}},
    {"tag": "twenty-six, last letter", "args": {"s": "26"}},
    {"tag": "twenty-seven, no pair", "args": {"s": "27"}},
    {"tag": "thirty, zero cannot pair", "args": {"s": "30"}},
    {"tag": "double zero", "args": {"s": "00"}},
    {"tag": "zero after a ten", "args": {"s": "100"}},
    {"tag": "zero must pair with the 1", "args": {"s": "101"}},
    {"tag": "no two-digit code with a leading zero", "args": {"s": "105"}},
    {"tag": "zero forces the pair before it", "args": {"s": "11106"}},
    {"tag": "zero after an unpairable digit", "args": {"s": "1230"}},
    {"tag": "leading zero", "args": {"s": "012"}},
    {"tag": "mixed", "args": {"s": "2611055971756562"}},
    {"tag": "45 ones, largest answer", "args": {"s": "1" * 45}},
    {"tag": "max length, all nines", "args": {"s": "9" * MAX_LEN}},
    {"tag": "max length, zero at the end", "args": {"s": "9" * (MAX_LEN - 1) + "0"}},
    {"tag": "max length, tens only", "args": {"s": "10" * (MAX_LEN // 2)}},
    {"tag": "max length, large answer", "args": {"s": "1" * 44 + "0" + "9" * 55}},
    {"tag": "max length, random", "args": {"s": build(MAX_LEN, random.Random(91))}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):  # short, drawn digit by digit
        s = draw(st.text(draw(st.sampled_from(["0123456789", "012", "1267"])), min_size=1, max_size=12))
    else:  # long ones, built from a seed, with the answer kept in 32 bits
        size = draw(st.integers(1, MAX_LEN))
        seed = draw(st.integers(0, 2**32))
        rng = random.Random(seed)
        digits = rng.choice(["1111222223456789", "0123456789", "12", "123456"])
        s = build(size, rng, digits, rng.choice([0.0, 0.05, 0.2]), rng.choice([0.0, 0.0, 0.01]))
    return {"s": s}


def inputs():
    return _inputs()


def valid(args):
    s = args.get("s")
    if type(s) is not str or not 1 <= len(s) <= MAX_LEN:
        return "length out of range"
    if any(ch not in "0123456789" for ch in s):
        return "s has a character that is not a digit"
    if count(s) > MAX_ANSWER:
        return "answer does not fit in 32 bits"
    return None


def large(n, rng):
    return {"s": build(max(1, min(n, LARGE_CAP)), rng)}
