import random

from hypothesis import strategies as st

LOW, HIGH = -1000, 1000
MAX_N = 20

EXAMPLES = [
    {"args": {"matrix": [[1, 2, 3], [4, 5, 6], [7, 8, 9]]}, "expected": [[7, 4, 1], [8, 5, 2], [9, 6, 3]]},
    {"args": {"matrix": [[1, 2], [3, 4]]}, "expected": [[3, 1], [4, 2]]},
    {"args": {"matrix": [[7]]}, "expected": [[7]]},
]


def _counting(n, start=1):
    return [[start + n * i + j for j in range(n)] for i in range(n)]


def _random(rng, n, low=LOW, high=HIGH):
    return [[rng.randint(low, high) for _ in range(n)] for _ in range(n)]


_r = random.Random(48)
_SYMMETRIC = [[abs(i - j) * 10 + min(i, j) for j in range(6)] for i in range(6)]

HIDDEN = [
    {"tag": "1x1", "args": {"matrix": [[5]]}},
    {"tag": "1x1, lowest value", "args": {"matrix": [[LOW]]}},
    {"tag": "2x2, negative values", "args": {"matrix": [[-1, -2], [-3, -4]]}},
    {"tag": "2x2, extremes", "args": {"matrix": [[LOW, HIGH], [HIGH, HIGH]]}},
    {"tag": "2x2, all equal", "args": {"matrix": [[9, 9], [9, 9]]}},
    {"tag": "4x4, distinct", "args": {"matrix": _counting(4)}},
    {"tag": "5x5, odd side", "args": {"matrix": _counting(5, -12)}},
    {"tag": "symmetric matrix", "args": {"matrix": _SYMMETRIC}},
    {"tag": "one non-zero corner", "args": {"matrix": [[0, 0, 0], [0, 0, 0], [0, 0, 1]]}},
    {"tag": "only the diagonal", "args": {"matrix": [[1 if i == j else 0 for j in range(4)] for i in range(4)]}},
    {"tag": "all rows equal", "args": {"matrix": [[1, 2, 3, 4] for _ in range(4)]}},
    {"tag": "all columns equal", "args": {"matrix": [[i] * 3 for i in range(3)]}},
    {"tag": "palindromic rows", "args": {"matrix": [[1, 2, 1], [3, 4, 3], [5, 6, 5]]}},
    {"tag": "6x6, duplicates", "args": {"matrix": _random(_r, 6, -2, 2)}},
    {"tag": "19x19, max odd side", "args": {"matrix": _random(_r, 19)}},
    {"tag": "20x20, max side, distinct", "args": {"matrix": _counting(MAX_N, -200)}},
    {"tag": "20x20, max side, only extremes and zero",
     "args": {"matrix": [[_r.choice([LOW, HIGH, 0]) for _ in range(MAX_N)] for _ in range(MAX_N)]}},
    {"tag": "20x20, random values", "args": {"matrix": _random(_r, MAX_N)}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        n = draw(st.integers(1, 5))
        value = st.one_of(st.integers(-3, 3), st.integers(LOW, HIGH))
        matrix = draw(st.lists(st.lists(value, min_size=n, max_size=n), min_size=n, max_size=n))
    else:  # larger matrices: Hypothesis alone rarely draws them
        n = draw(st.integers(1, MAX_N))
        seed = draw(st.integers(0, 2**32))
        rng = random.Random(seed)
        spread = rng.choice([2, HIGH])
        matrix = _random(rng, n, -spread, spread)
    return {"matrix": matrix}


def inputs():
    return _inputs()


def valid(args):
    matrix = args["matrix"]
    if type(matrix) is not list or not 1 <= len(matrix) <= MAX_N:
        return "side length out of range"
    n = len(matrix)
    for row in matrix:
        if type(row) is not list or len(row) != n:
            return "matrix is not square"
        if any(type(v) is not int or not LOW <= v <= HIGH for v in row):
            return "value out of range"
    return None


_CELLS = range(LOW, HIGH + 1)


def large(n, rng):
    return {"matrix": [rng.choices(_CELLS, k=n) for _ in range(n)]}
