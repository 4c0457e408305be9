import random

from hypothesis import strategies as st

MAX_LEN = 100

EXAMPLES = [
    {"args": {"digits": [4, 0, 7]}, "expected": [4, 0, 8]},
    {"args": {"digits": [2, 9, 9]}, "expected": [3, 0, 0]},
    {"args": {"digits": [9]}, "expected": [1, 0]},
]

_rng = random.Random(66)

HIDDEN = [
    {"tag": "zero", "args": {"digits": [0]}},
    {"tag": "single digit, no carry", "args": {"digits": [1]}},
    {"tag": "single 8", "args": {"digits": [8]}},
    {"tag": "two nines", "args": {"digits": [9, 9]}},
    {"tag": "carry into the first digit", "args": {"digits": [1, 9]}},
    {"tag": "carry stops at an 8", "args": {"digits": [8, 9, 9]}},
    {"tag": "nine before the last digit, no carry", "args": {"digits": [9, 8]}},
    {"tag": "a 9 after the carry stops", "args": {"digits": [9, 0, 9]}},
    {"tag": "zeros inside", "args": {"digits": [1, 0, 0, 0]}},
    {"tag": "ends in zero", "args": {"digits": [5, 0, 6, 0]}},
    {"tag": "max length, all nines", "args": {"digits": [9] * 100}},
    {"tag": "max length, one then zeros", "args": {"digits": [1] + [0] * 99}},
    {"tag": "max length, long carry", "args": {"digits": [3] + [9] * 99}},
    {"tag": "max length, carry stops in the middle", "args": {"digits": [7] * 50 + [9] * 50}},
    {"tag": "max length, no carry", "args": {"digits": [9] * 99 + [0]}},
    {
        "tag": "max length, random",
        "args": {"digits": [_rng.randint(1, 9)] + [_rng.randint(0, 9) for _ in range(99)]},
    },
]


@st.composite
def _inputs(draw):
    if draw(st.integers(0, 9)) == 0:
        return {"digits": [0]}
    first = draw(st.integers(1, 9))
    rest = draw(st.lists(st.integers(0, 9), max_size=MAX_LEN - 1))
    nines = draw(st.integers(0, len(rest)))  # a run of trailing nines to carry through
    digits = [first] + rest[: len(rest) - nines] + [9] * nines
    return {"digits": digits}


def inputs():
    return _inputs()


def valid(args):
    digits = args["digits"]
    if type(digits) is not list or not 1 <= len(digits) <= MAX_LEN:
        return "length out of range"
    if any(type(d) is not int or not 0 <= d <= 9 for d in digits):
        return "not a digit"
    if digits[0] == 0 and len(digits) > 1:
        return "leading zero"
    return None


def large(n, rng):
    # a carry through every digit but the first
    n = max(1, n)
    return {"digits": [rng.randint(1, 8)] + [9] * (n - 1)}
