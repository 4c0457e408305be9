import random
from itertools import pairwise

from hypothesis import strategies as st

LOW, HIGH = -10_000, 10_000
MAX_SIDE = 100

EXAMPLES = [
    {"args": {"matrix": [[2, 4, 6, 8], [11, 12, 17, 21], [24, 31, 35, 61]], "target": 4}, "expected": True},
    {"args": {"matrix": [[2, 4, 6, 8], [11, 12, 17, 21], [24, 31, 35, 61]], "target": 14}, "expected": False},
    {"args": {"matrix": [[7]], "target": 7}, "expected": True},
]


def _grid(rows, cols, start=LOW, step=2):
    """rows x cols distinct values, from start upwards by step, row after row."""
    return [[start + step * (r * cols + c) for c in range(cols)] for r in range(rows)]


_FULL = _grid(MAX_SIDE, MAX_SIDE)  # 10,000 values from -10,000 to 9,998
_SMALL = [[-9, -5, -5, 0], [3, 3, 8, 8], [12, 20, 20, 27], [30, 44, 51, 51]]

HIDDEN = [
    {"tag": "one cell, absent", "args": {"matrix": [[7]], "target": 8}},
    {"tag": "one cell, below", "args": {"matrix": [[0]], "target": -1}},
    {"tag": "one row, last cell", "args": {"matrix": [[1, 3, 5, 7, 9]], "target": 9}},
    {"tag": "one row, absent in a gap", "args": {"matrix": [[1, 3, 5, 7, 9]], "target": 4}},
    {"tag": "one column, last row", "args": {"matrix": [[1], [3], [5], [7]], "target": 7}},
    {"tag": "one column, first row", "args": {"matrix": [[1], [3], [5], [7]], "target": 1}},
    {"tag": "one column, absent between rows", "args": {"matrix": [[1], [3], [5], [7]], "target": 6}},
    {"tag": "first cell", "args": {"matrix": _SMALL, "target": -9}},
    {"tag": "last cell", "args": {"matrix": _SMALL, "target": 51}},
    {"tag": "first value of a row", "args": {"matrix": _SMALL, "target": 12}},
    {"tag": "last value of a row", "args": {"matrix": _SMALL, "target": 27}},
    {"tag": "between two rows", "args": {"matrix": _SMALL, "target": 29}},
    {"tag": "below every value", "args": {"matrix": _SMALL, "target": -10}},
    {"tag": "above every value", "args": {"matrix": _SMALL, "target": 52}},
    {"tag": "duplicates in a row", "args": {"matrix": _SMALL, "target": 20}},
    {"tag": "inside a row, absent", "args": {"matrix": _SMALL, "target": 4}},
    {"tag": "more rows than columns", "args": {"matrix": _grid(6, 2, -3, 3), "target": 27}},
    {"tag": "more columns than rows", "args": {"matrix": _grid(2, 6, -3, 3), "target": 27}},
    {"tag": "extreme values", "args": {"matrix": [[LOW, 0], [1, HIGH]], "target": HIGH}},
    {"tag": "max size, first cell", "args": {"matrix": _FULL, "target": LOW}},
    {"tag": "max size, last cell", "args": {"matrix": _FULL, "target": _FULL[-1][-1]}},
    {"tag": "max size, absent", "args": {"matrix": _FULL, "target": _FULL[49][50] + 1}},
    {"tag": "max size, middle", "args": {"matrix": _FULL, "target": _FULL[50][49]}},
    {"tag": "max size, above every value", "args": {"matrix": _FULL, "target": HIGH}},
]


def _from_steps(rows, cols, start, steps):
    """A valid grid: each cell is the previous one plus its step, and a row's first
    cell adds one more, so rows never touch."""
    grid, value = [], start
    for r in range(rows):
        row = []
        for c in range(cols):
            if r or c:
                value += steps[r * cols + c] + (c == 0)
            row.append(value)
        grid.append(row)
    return grid


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        rows, cols = draw(st.integers(1, 6)), draw(st.integers(1, 6))
        big = draw(st.sampled_from([3, 500]))
        steps = draw(st.lists(st.integers(0, big), min_size=rows * cols, max_size=rows * cols))
    else:  # large grids: Hypothesis alone rarely draws them
        rows, cols = draw(st.integers(1, MAX_SIDE)), draw(st.integers(1, MAX_SIDE))
        rng = random.Random(draw(st.integers(0, 2**32)))
        top = min(2, 19_000 // (rows * cols))
        steps = [rng.randint(0, top) for _ in range(rows * cols)]
    span = sum(steps) + rows
    start = draw(st.integers(LOW, HIGH - span))
    matrix = _from_steps(rows, cols, start, steps)
    cells = [v for row in matrix for v in row]
    near = st.sampled_from(cells).flatmap(lambda v: st.sampled_from([v - 1, v, v + 1]))
    target = draw(st.one_of(st.sampled_from(cells), near, st.integers(LOW, HIGH)))
    return {"matrix": matrix, "target": max(LOW, min(HIGH, target))}


def inputs():
    return _inputs()


def valid(args):
    matrix, target = args["matrix"], args["target"]
    if type(matrix) is not list or not 1 <= len(matrix) <= MAX_SIDE:
        return "number of rows out of range"
    if any(type(row) is not list for row in matrix):
        return "a row is not a list"
    cols = len(matrix[0])
    if not 1 <= cols <= MAX_SIDE or any(len(row) != cols for row in matrix):
        return "rows are not all of one length in range"
    cells = [v for row in matrix for v in row]
    if any(type(v) is not int or not LOW <= v <= HIGH for v in [*cells, target]):
        return "value out of range"
    if any(a > b for row in matrix for a, b in pairwise(row)):
        return "a row is not in non-decreasing order"
    if any(above[-1] >= below[0] for above, below in pairwise(matrix)):
        return "a row does not start above the end of the row before it"
    return None


LARGE_COLS = 4


def large(n, rng):
    # Tall and narrow: walking down the rows (a staircase from a corner, a scan for
    # the row, a search in every row) and scanning every cell are all linear in n.
    cols = LARGE_COLS
    rows = max(1, n // cols)
    matrix = _grid(rows, cols, rng.randrange(-(10**6), 10**6), 2)
    # the target sits in a row near the middle, present or just absent
    row = matrix[rows // 2 + rng.randrange(-(rows // 8), rows // 8 + 1)]
    value = row[rng.randrange(cols)]
    return {"matrix": matrix, "target": value if rng.random() < 0.5 else value + 1}
