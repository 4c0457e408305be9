import random

from hypothesis import strategies as st

from judge.authoring.grids import exactly, grid_error

MAX_SIDE = 50


def _grid(rows):
    """A grid from strings of 0/1 characters, one string per row."""
    return [[int(ch) for ch in row] for row in rows]


def _fill(rows, cols, land):
    """rows x cols cells; land(r, c) says which ones are land."""
    return [[1 if land(r, c) else 0 for c in range(cols)] for r in range(rows)]


def _snake(rows, cols):
    # Full rows of land joined at alternating ends: one island, one very long path.
    def land(r, c):
        if r % 2 == 0:
            return True
        return c == (cols - 1 if r % 4 == 1 else 0)

    return _fill(rows, cols, land)


def _random(rows, cols, density, seed):
    rng = random.Random(seed)
    return [[1 if rng.random() < density else 0 for _ in range(cols)] for _ in range(rows)]


EXAMPLES = [
    {"args": {"grid": _grid(["1100", "1001", "0011", "0110"])}, "expected": 5},
    {"args": {"grid": _grid(["000", "000"])}, "expected": 0},
    {"args": {"grid": _grid(["101", "010"])}, "expected": 1},
]

HIDDEN = [
    {"tag": "single land cell", "args": {"grid": _grid(["1"])}},
    {"tag": "single water cell", "args": {"grid": _grid(["0"])}},
    {"tag": "one row, largest island last", "args": {"grid": _grid(["1101110111"])}},
    {"tag": "one column, largest island first", "args": {"grid": _grid(list("11101101"))}},
    {"tag": "largest island in the last row", "args": {"grid": _grid(["100", "000", "111"])}},
    {"tag": "largest island in the last column", "args": {"grid": _grid(["0101", "0001", "1001"])}},
    {"tag": "reached only by a step to the left", "args": {"grid": _grid(["001", "111"])}},
    {"tag": "reached only by a step up", "args": {"grid": _grid(["1011", "1010", "1110"])}},
    {"tag": "staircase down to the left", "args": {"grid": _grid(["0011", "0110", "1100"])}},
    {"tag": "corners touch only diagonally", "args": {"grid": _grid(["1100", "1100", "0011", "0011"])}},
    {
        "tag": "many small islands beat one middle one",
        "args": {"grid": _grid(["11011", "00000", "11011", "00000", "11100"])},
    },
    {"tag": "ring around a lake", "args": {"grid": _grid(["11111", "10001", "10101", "10001", "11111"])}},
    {"tag": "two islands of equal area", "args": {"grid": _grid(["110", "000", "011"])}},
    {"tag": "max size, all land", "args": {"grid": _fill(MAX_SIDE, MAX_SIDE, lambda r, c: True)}},
    {"tag": "max size, all water", "args": {"grid": _fill(MAX_SIDE, MAX_SIDE, lambda r, c: False)}},
    {
        "tag": "max size, checkerboard",
        "args": {"grid": _fill(MAX_SIDE, MAX_SIDE, lambda r, c: (r + c) % 2 == 0)},
    },
    {"tag": "max size, one long snake", "args": {"grid": _snake(MAX_SIDE, MAX_SIDE)}},
    {
        "tag": "max size, vertical stripes of growing width",
        "args": {"grid": _fill(MAX_SIDE, MAX_SIDE, lambda r, c: c not in (1, 3, 6, 10, 15, 21, 28, 36, 45))},
    },
    {
        "tag": "max size, only last row and column",
        "args": {"grid": _fill(MAX_SIDE, MAX_SIDE, lambda r, c: r == MAX_SIDE - 1 or c == MAX_SIDE - 1)},
    },
    {"tag": "max width single row", "args": {"grid": _fill(1, MAX_SIDE, lambda r, c: c % 7 != 3)}},
    {"tag": "max height single column", "args": {"grid": _fill(MAX_SIDE, 1, lambda r, c: r != 20)}},
    {"tag": "max size, random half land", "args": {"grid": _random(MAX_SIDE, MAX_SIDE, 0.5, 695)}},
    {"tag": "max size, random mostly land", "args": {"grid": _random(MAX_SIDE, MAX_SIDE, 0.7, 696)}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        rows = draw(st.integers(1, 8))
        cols = draw(st.integers(1, 8))
        cell = st.sampled_from([0, 1])
        grid = draw(st.lists(st.lists(cell, min_size=cols, max_size=cols), min_size=rows, max_size=rows))
    else:  # big grids: Hypothesis alone rarely draws them
        rows = draw(st.integers(1, MAX_SIDE))
        cols = draw(st.integers(1, MAX_SIDE))
        density = draw(st.sampled_from([0.0, 0.2, 0.45, 0.6, 0.8, 1.0]))
        grid = _random(rows, cols, density, draw(st.integers(0, 2**32)))
    return {"grid": grid}


def inputs():
    return _inputs()


def valid(args):
    return grid_error(args["grid"], MAX_SIDE, exactly(0, 1), "a cell is not 0 or 1")


def large(n, rng):
    # Bands of land two rows high, one water row apart, a few cells knocked out: islands
    # of about 2 * sqrt(n) cells, so a search started again from every land cell walks
    # n * 2 * sqrt(n) cells, while a recursive search stays a band's length deep.
    rows = max(1, int(n**0.5))
    cols = max(1, n // rows)
    grid = _fill(rows, cols, lambda r, c: r % 3 != 2)
    for _ in range(n // 50):
        grid[rng.randrange(rows)][rng.randrange(cols)] = 0
    return {"grid": grid}
