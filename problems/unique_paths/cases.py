import math
import random

from hypothesis import strategies as st

LOW, HIGH = 1, 100
MAX_ANSWER = 2 * 10**9


def _paths(m, n):
    return math.comb(m + n - 2, m - 1)


# for each m, the largest n whose answer stays within MAX_ANSWER
_MAX_N = {m: max(n for n in range(LOW, HIGH + 1) if _paths(m, n) <= MAX_ANSWER) for m in range(LOW, HIGH + 1)}

EXAMPLES = [
    {"args": {"m": 3, "n": 7}, "expected": 28},
    {"args": {"m": 3, "n": 2}, "expected": 3},
]

HIDDEN = [
    {"tag": "single cell", "args": {"m": 1, "n": 1}},
    {"tag": "one row", "args": {"m": 1, "n": 100}},
    {"tag": "one column", "args": {"m": 100, "n": 1}},
    {"tag": "2 x 2", "args": {"m": 2, "n": 2}},
    {"tag": "two rows, max columns", "args": {"m": 2, "n": 100}},
    {"tag": "max rows, two columns", "args": {"m": 100, "n": 2}},
    {"tag": "3 x 3", "args": {"m": 3, "n": 3}},
    {"tag": "example transposed", "args": {"m": 7, "n": 3}},
    {"tag": "float rounding", "args": {"m": 6, "n": 10}},
    {"tag": "float rounding, other side", "args": {"m": 7, "n": 8}},
    {"tag": "10 x 10", "args": {"m": 10, "n": 10}},
    {"tag": "3 rows, max columns", "args": {"m": 3, "n": 100}},
    {"tag": "5 rows, max columns", "args": {"m": 5, "n": 100}},
    {"tag": "7 rows, max columns", "args": {"m": 7, "n": 100}},
    {"tag": "largest square", "args": {"m": 17, "n": 17}},
    {"tag": "largest answer", "args": {"m": 69, "n": 8}},
    {"tag": "largest answer, transposed", "args": {"m": 8, "n": 69}},
    {"tag": "near the limit, tall", "args": {"m": 100, "n": 7}},
    {"tag": "answer past 2^30", "args": {"m": 17, "n": 18}},
]


@st.composite
def _inputs(draw):
    m = draw(st.integers(LOW, HIGH))
    top = _MAX_N[m]
    n = draw(st.one_of(st.integers(LOW, top), st.integers(max(LOW, top - 3), top)))
    if draw(st.booleans()):
        m, n = n, m
    return {"m": m, "n": n}


def inputs():
    return _inputs()


def valid(args):
    m, n = args.get("m"), args.get("n")
    if type(m) is not int or type(n) is not int:
        return "m and n must be integers"
    if not (LOW <= m <= HIGH and LOW <= n <= HIGH):
        return "m or n out of range"
    if _paths(m, n) > MAX_ANSWER:
        return "answer above 2*10^9"
    return None


def large(n, rng):
    side = max(1, math.isqrt(max(1, n)))
    return {"m": side, "n": side}
