import random

from hypothesis import strategies as st

from judge.authoring.grids import exactly, grid_error

MAX_SIDE = 300


def _grid(rows):
    """A grid from strings of 0/1 characters, one string per row."""
    return [list(row) for row in rows]


def _fill(rows, cols, land):
    """rows x cols cells; land(r, c) says which ones are land."""
    return [["1" if land(r, c) else "0" for c in range(cols)] for r in range(rows)]


def _snake(rows, cols):
    # Full rows of land joined at alternating ends: one island, one very long path.
    def land(r, c):
        if r % 2 == 0:
            return True
        return c == (cols - 1 if r % 4 == 1 else 0)

    return _fill(rows, cols, land)


def _spiral(size):
    # A single-cell-wide land path spiralling inwards, with water between the turns.
    g = [["0"] * size for _ in range(size)]
    top, left, bottom, right = 0, 0, size - 1, size - 1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            g[top][c] = "1"
        for r in range(top, bottom + 1):
            g[r][right] = "1"
        if top + 2 <= bottom:
            for c in range(left, right + 1):
                g[bottom][c] = "1"
        if left + 2 <= right and top + 2 <= bottom:
            for r in range(top + 2, bottom + 1):
                g[r][left] = "1"
        top, left, bottom, right = top + 2, left + 2, bottom - 2, right - 2
        if top <= bottom:
            g[top - 1][left] = "0"  # keep the next turn apart from the outer ring
            g[top][left - 1] = "1"
    return g


def _random(rows, cols, density, seed):
    rng = random.Random(seed)
    return [["1" if rng.random() < density else "0" for _ in range(cols)] for _ in range(rows)]


EXAMPLES = [
    {"args": {"grid": _grid(["1100", "1001", "0011"])}, "expected": 2},
    {"args": {"grid": _grid(["101", "010", "101"])}, "expected": 5},
    {"args": {"grid": _grid(["111", "101", "111"])}, "expected": 1},
    {"args": {"grid": _grid(["0"])}, "expected": 0},
]

HIDDEN = [
    {"tag": "single land cell", "args": {"grid": _grid(["1"])}},
    {"tag": "one row", "args": {"grid": _grid(["101101"])}},
    {"tag": "one column", "args": {"grid": _grid(["1", "1", "0", "1", "0", "0", "1"])}},
    {"tag": "land only in the last row", "args": {"grid": _grid(["000", "000", "110"])}},
    {"tag": "land only in the last column", "args": {"grid": _grid(["0001", "0001", "0000"])}},
    {"tag": "reached by a step to the left", "args": {"grid": _grid(["01", "11"])}},
    {"tag": "staircase down to the left", "args": {"grid": _grid(["0011", "0110", "1100"])}},
    {"tag": "corners touch only diagonally", "args": {"grid": _grid(["100", "010", "001"])}},
    {"tag": "anti-diagonal", "args": {"grid": _grid(["0001", "0010", "0100", "1000"])}},
    {"tag": "island inside a lake inside an island",
     "args": {"grid": _grid(["11111", "10001", "10101", "10001", "11111"])}},
    {"tag": "comb with teeth down", "args": {"grid": _grid(["1111111", "1010101", "1010101"])}},
    {"tag": "max size, all land", "args": {"grid": _fill(MAX_SIDE, MAX_SIDE, lambda r, c: True)}},
    {"tag": "max size, all water", "args": {"grid": _fill(MAX_SIDE, MAX_SIDE, lambda r, c: False)}},
    {"tag": "max size, checkerboard",
     "args": {"grid": _fill(MAX_SIDE, MAX_SIDE, lambda r, c: (r + c) % 2 == 0)}},
    {"tag": "max size, one long snake", "args": {"grid": _snake(MAX_SIDE, MAX_SIDE)}},
    {"tag": "max size, spiral", "args": {"grid": _spiral(MAX_SIDE - 1)}},
    {"tag": "max size, vertical stripes",
     "args": {"grid": _fill(MAX_SIDE, MAX_SIDE, lambda r, c: c % 2 == 0)}},
    {"tag": "max size, only last row and column",
     "args": {"grid": _fill(MAX_SIDE, MAX_SIDE, lambda r, c: r == MAX_SIDE - 1 or c == MAX_SIDE - 1)}},
    {"tag": "max size, four corners",
     "args": {"grid": _fill(MAX_SIDE, MAX_SIDE, lambda r, c: {r, c} <= {0, MAX_SIDE - 1})}},
    {"tag": "max width single row", "args": {"grid": _fill(1, MAX_SIDE, lambda r, c: c % 3 != 2)}},
    {"tag": "max height single column", "args": {"grid": _fill(MAX_SIDE, 1, lambda r, c: True)}},
    {"tag": "max size, random half land", "args": {"grid": _random(MAX_SIDE, MAX_SIDE, 0.5, 200)}},
    {"tag": "max size, random mostly land", "args": {"grid": _random(MAX_SIDE, MAX_SIDE, 0.75, 201)}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        rows = draw(st.integers(1, 8))
        cols = draw(st.integers(1, 8))
        cell = st.sampled_from(["0", "1"])
        grid = draw(st.lists(st.lists(cell, min_size=cols, max_size=cols), min_size=rows, max_size=rows))
    else:  # big maps: Hypothesis alone rarely draws them
        rows = draw(st.integers(1, MAX_SIDE))
        cols = draw(st.integers(1, MAX_SIDE))
        density = draw(st.sampled_from([0.0, 0.2, 0.45, 0.6, 0.8, 1.0]))
        seed = draw(st.integers(0, 2**32))
        grid = _random(rows, cols, density, seed)
    return {"grid": grid}


def inputs():
    return _inputs()


def valid(args):
    return grid_error(args["grid"], MAX_SIDE, exactly("0", "1"), 'a cell is not "0" or "1"')


def large(n, rng):
    rows = max(1, int(n**0.5))
    cols = max(1, n // rows)
    return {"grid": _random(rows, cols, 0.5, rng.randrange(2**32))}
