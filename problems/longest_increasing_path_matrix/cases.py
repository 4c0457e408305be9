import random

from hypothesis import strategies as st

from judge.authoring.grids import grid_error, int_between

MAX_SIDE = 200
MAX_VALUE = 2**31 - 1

EXAMPLES = [
    {"args": {"matrix": [[9, 9, 4], [6, 6, 8], [2, 1, 1]]}, "expected": 4},
    {"args": {"matrix": [[3, 4, 5], [3, 2, 6], [2, 2, 1]]}, "expected": 4},
    {"args": {"matrix": [[1]]}, "expected": 1},
]


def _fill(rows, cols, value):
    return [[value(r, c) for c in range(cols)] for r in range(rows)]


def _snake(rows, cols, base=0):
    """Values rising along the rows, left to right then right to left: one path through
    every cell (a recursive walk goes rows * cols deep)."""

    def value(r, c):
        return base + r * cols + (c if r % 2 == 0 else cols - 1 - c)

    return _fill(rows, cols, value)


def _spiral(side):
    """Values rising along a spiral from the outer corner inwards."""
    grid = [[0] * side for _ in range(side)]
    r, c, dr, dc = 0, 0, 0, 1
    for k in range(side * side):
        grid[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < side and 0 <= nc < side) or grid[nr][nc] or (nr, nc) == (0, 0):
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return grid


def _gradient(rows, cols, rng, spread=1000):
    """Values rising to the right and down (noise kept below one step): every cell starts
    a huge number of increasing paths, which a walk without memory follows one by one."""
    return _fill(rows, cols, lambda r, c: (r + c) * spread + rng.randrange(spread))


def _random(rows, cols, low, high, seed):
    rng = random.Random(seed)
    return _fill(rows, cols, lambda r, c: rng.randint(low, high))


_rng = random.Random(329)

HIDDEN = [
    {"tag": "one cell, largest value", "args": {"matrix": [[MAX_VALUE]]}},
    {"tag": "all equal", "args": {"matrix": [[7, 7, 7], [7, 7, 7]]}},
    {"tag": "one row, rising", "args": {"matrix": [[1, 2, 3, 4, 5]]}},
    {"tag": "one column, falling", "args": {"matrix": [[5], [4], [3], [2], [1]]}},
    {"tag": "path goes up and left", "args": {"matrix": [[1, 2, 3], [8, 9, 4], [7, 6, 5]]}},
    {"tag": "path must turn back up", "args": {"matrix": [[9, 1, 2], [8, 7, 3], [5, 6, 4]]}},
    {"tag": "equal neighbours do not extend", "args": {"matrix": [[1, 2, 2, 3]]}},
    {"tag": "smallest next step is a dead end", "args": {"matrix": [[1, 2, 9], [3, 8, 8], [4, 5, 6]]}},
    {"tag": "longest path not from the minimum", "args": {"matrix": [[0, 9], [5, 6], [4, 7]]}},
    {"tag": "wide, not square", "args": {"matrix": [[1, 2, 3, 4, 5, 6], [12, 11, 10, 9, 8, 7]]}},
    {"tag": "tall, not square", "args": {"matrix": [[1, 12], [2, 11], [3, 10], [4, 9], [5, 8], [6, 7]]}},
    {"tag": "zero and the largest value", "args": {"matrix": [[0, MAX_VALUE], [MAX_VALUE, 0]]}},
    {"tag": "checkerboard", "args": {"matrix": _fill(6, 6, lambda r, c: (r + c) % 2)}},
    {"tag": "max width, one row", "args": {"matrix": [list(range(MAX_SIDE))]}},
    {"tag": "max height, one column", "args": {"matrix": [[v] for v in range(MAX_SIDE, 0, -1)]}},
    {"tag": "max size, all equal", "args": {"matrix": _fill(MAX_SIDE, MAX_SIDE, lambda r, c: MAX_VALUE)}},
    {"tag": "max size, snake through every cell", "args": {"matrix": _snake(MAX_SIDE, MAX_SIDE)}},
    {"tag": "max size, spiral", "args": {"matrix": _spiral(MAX_SIDE)}},
    {"tag": "max size, rising right and down", "args": {"matrix": _gradient(MAX_SIDE, MAX_SIDE, _rng)}},
    {"tag": "max size, random small values", "args": {"matrix": _random(MAX_SIDE, MAX_SIDE, 0, 3, 1)}},
    {
        "tag": "max size, random large values",
        "args": {"matrix": _random(MAX_SIDE, MAX_SIDE, 0, MAX_VALUE, 2)},
    },
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        rows = draw(st.integers(1, 6))
        cols = draw(st.integers(1, 6))
        value = st.integers(0, 5) | st.sampled_from([0, MAX_VALUE - 1, MAX_VALUE])
        matrix = draw(st.lists(st.lists(value, min_size=cols, max_size=cols), min_size=rows, max_size=rows))
        return {"matrix": matrix}
    # big grids from a drawn size and seed: Hypothesis alone rarely draws them
    rows = draw(st.integers(1, MAX_SIDE))
    cols = draw(st.integers(1, MAX_SIDE))
    seed = draw(st.integers(0, 2**32))
    shape = draw(st.sampled_from(["random", "wide", "snake", "gradient"]))
    rng = random.Random(seed)
    if shape == "snake":
        return {"matrix": _snake(rows, cols, rng.randint(0, MAX_VALUE - rows * cols))}
    if shape == "gradient":
        return {"matrix": _gradient(rows, cols, rng, rng.choice([1, 1000]))}
    high = 3 if shape == "random" else MAX_VALUE
    return {"matrix": _random(rows, cols, 0, high, seed)}


def inputs():
    return _inputs()


def valid(args):
    return grid_error(args["matrix"], MAX_SIDE, int_between(0, MAX_VALUE), "a value out of range")


def large(n, rng):
    # rising to the right and down: a walk without memory follows exponentially many
    # paths, and one that forgets its memory between start cells rewalks a rectangle
    # from each of them (quadratic)
    rows = max(1, int(n**0.5))
    cols = max(1, n // rows)
    return {"matrix": _gradient(rows, cols, rng)}
