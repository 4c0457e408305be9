import random

from hypothesis import strategies as st

from judge.authoring.grids import grid_error, int_between

LOW, HIGH = -(2**31), 2**31 - 1
MAX_SIDE = 200


def _random(rng, rows, cols, zeros, low=LOW, high=HIGH):
    """rows x cols values; each cell is 0 with probability `zeros`."""
    return [[0 if rng.random() < zeros else rng.randint(low, high) for _ in range(cols)] for _ in range(rows)]


def _ones(rows, cols, zeros):
    """All ones but the listed (row, column) zeros."""
    grid = [[1] * cols for _ in range(rows)]
    for r, c in zeros:
        grid[r][c] = 0
    return grid


_r = random.Random(73)

EXAMPLES = [
    {"args": {"matrix": [[1, 1, 1], [1, 0, 1], [1, 1, 1]]}, "expected": [[1, 0, 1], [0, 0, 0], [1, 0, 1]]},
    {
        "args": {"matrix": [[0, 1, 2, 0], [3, 4, 5, 2], [1, 3, 1, 5]]},
        "expected": [[0, 0, 0, 0], [0, 4, 5, 0], [0, 3, 1, 0]],
    },
    {"args": {"matrix": [[5, -7], [9, 0]]}, "expected": [[5, 0], [0, 0]]},
]

HIDDEN = [
    {"tag": "1x1 zero", "args": {"matrix": [[0]]}},
    {"tag": "1x1 non-zero", "args": {"matrix": [[LOW]]}},
    {"tag": "no zeros, extremes", "args": {"matrix": [[LOW, HIGH], [HIGH, LOW]]}},
    {"tag": "one row with a zero", "args": {"matrix": [[4, 0, 7, 1]]}},
    {"tag": "one column with a zero", "args": {"matrix": [[4], [0], [7], [1]]}},
    {"tag": "zero in the top-left corner", "args": {"matrix": _ones(3, 4, [(0, 0)])}},
    {"tag": "zero only in the first row", "args": {"matrix": _ones(3, 4, [(0, 2)])}},
    {"tag": "zero only in the first column", "args": {"matrix": _ones(4, 3, [(2, 0)])}},
    {"tag": "zero in the bottom-right corner", "args": {"matrix": _ones(3, 3, [(2, 2)])}},
    {"tag": "zeros in the first row and first column", "args": {"matrix": _ones(4, 4, [(0, 3), (3, 0)])}},
    {"tag": "two zeros in one row", "args": {"matrix": [[1, 2, 3, 4], [5, 0, 6, 0], [7, 8, 9, 1]]}},
    {"tag": "zeros on the diagonal", "args": {"matrix": _ones(4, 5, [(0, 0), (1, 1), (2, 2), (3, 3)])}},
    {"tag": "negative values and a zero", "args": {"matrix": [[-1, -2, -3], [-4, 0, -6], [-7, -8, -9]]}},
    {"tag": "already all zero", "args": {"matrix": [[0, 0], [0, 0]]}},
    {"tag": "wide and short", "args": {"matrix": _random(_r, 2, 9, 0.1, -5, 5)}},
    {"tag": "max size, no zeros", "args": {"matrix": _random(_r, MAX_SIDE, MAX_SIDE, 0.0)}},
    {"tag": "all zero", "args": {"matrix": [[0] * 40 for _ in range(30)]}},
    {"tag": "max size, one zero in the middle", "args": {"matrix": _ones(MAX_SIDE, MAX_SIDE, [(99, 117)])}},
    {
        "tag": "max size, one zero in every row",
        "args": {"matrix": _ones(MAX_SIDE, MAX_SIDE, [(r, (r * 37) % MAX_SIDE) for r in range(MAX_SIDE)])},
    },
    {"tag": "max size, 2% zeros", "args": {"matrix": _random(_r, MAX_SIDE, MAX_SIDE, 0.02)}},
    {"tag": "max size, few zeros, extremes", "args": {"matrix": _random(_r, MAX_SIDE, MAX_SIDE, 0.0005)}},
    {"tag": "one row of max width", "args": {"matrix": _random(_r, 1, MAX_SIDE, 0.01)}},
    {"tag": "one column of max height", "args": {"matrix": _random(_r, MAX_SIDE, 1, 0.01)}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        rows = draw(st.integers(1, 6))
        cols = draw(st.integers(1, 6))
        value = st.one_of(st.integers(-2, 2), st.sampled_from([LOW, HIGH]), st.integers(LOW, HIGH))
        matrix = draw(st.lists(st.lists(value, min_size=cols, max_size=cols), min_size=rows, max_size=rows))
    else:  # larger grids: Hypothesis alone rarely draws them
        rows = draw(st.integers(1, MAX_SIDE))
        cols = draw(st.integers(1, MAX_SIDE))
        zeros = draw(st.sampled_from([0.0, 0.001, 0.02, 0.1]))
        rng = random.Random(draw(st.integers(0, 2**32)))
        matrix = _random(rng, rows, cols, zeros)
    return {"matrix": matrix}


def inputs():
    return _inputs()


def valid(args):
    return grid_error(args["matrix"], MAX_SIDE, int_between(LOW, HIGH), "value out of range")


def large(n, rng):
    # Half of the cells are zero: a solution that clears a row and a column for each
    # zero does that n / 2 times.
    rows = max(1, int(n**0.5))
    cols = max(1, n // rows)
    return {"matrix": [[0 if rng.random() < 0.5 else 7 for _ in range(cols)] for _ in range(rows)]}
