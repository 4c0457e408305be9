import random

from hypothesis import strategies as st

from judge.authoring.grids import exactly, grid_error

MAX_SIDE = 10

EXAMPLES = [
    {"args": {"grid": [[2, 1, 0], [0, 1, 1], [1, 0, 1]]}, "expected": -1},
    {"args": {"grid": [[2, 1, 1], [1, 1, 0], [0, 1, 2]]}, "expected": 2},
    {"args": {"grid": [[0, 2, 0]]}, "expected": 0},
]


def _snake(rows, cols):
    """Fresh oranges along a winding corridor, rotten at its start."""
    grid = []
    for r in range(rows):
        if r % 2 == 0:
            grid.append([1] * cols)
        else:
            row = [0] * cols
            row[cols - 1 if r % 4 == 1 else 0] = 1
            grid.append(row)
    grid[0][0] = 2
    return grid


_FULL = [[1] * MAX_SIDE for _ in range(MAX_SIDE)]
_FULL_CORNER = [row[:] for row in _FULL]
_FULL_CORNER[0][0] = 2

HIDDEN = [
    {"tag": "one empty cell", "args": {"grid": [[0]]}},
    {"tag": "one fresh orange", "args": {"grid": [[1]]}},
    {"tag": "one rotten orange", "args": {"grid": [[2]]}},
    {"tag": "only empty cells", "args": {"grid": [[0] * MAX_SIDE for _ in range(MAX_SIDE)]}},
    {"tag": "only fresh oranges", "args": {"grid": [[1, 1], [1, 1]]}},
    {"tag": "only rotten oranges", "args": {"grid": [[2, 2, 2], [2, 2, 2]]}},
    {"tag": "fresh only diagonal to rotten", "args": {"grid": [[2, 0], [0, 1]]}},
    {"tag": "fresh walled off", "args": {"grid": [[2, 1, 0, 1], [1, 1, 0, 1], [0, 0, 0, 1]]}},
    {"tag": "row, rotten at one end", "args": {"grid": [[2] + [1] * (MAX_SIDE - 1)]}},
    {"tag": "column, rotten at the bottom", "args": {"grid": [[1]] * (MAX_SIDE - 1) + [[2]]}},
    {"tag": "rotten at both ends", "args": {"grid": [[2, 1, 1, 1, 1, 1, 1, 1, 1, 2]]}},
    {"tag": "rotten in the middle", "args": {"grid": [[1, 1, 1, 2, 1, 1, 1, 1, 1, 1]]}},
    {"tag": "max grid, rotten in a corner", "args": {"grid": _FULL_CORNER}},
    {"tag": "max grid, winding path", "args": {"grid": _snake(MAX_SIDE, MAX_SIDE)}},
    {"tag": "several sources, different distances", "args": {"grid": [[2, 1, 1, 1, 1], [0, 0, 0, 0, 1], [1, 1, 1, 1, 1], [1, 0, 0, 0, 0], [1, 1, 1, 1, 2]]}},
    {"tag": "no rotten, fresh present", "args": {"grid": [[0, 1, 0], [0, 0, 0]]}},
    {"tag": "rotten but no fresh, with gaps", "args": {"grid": [[2, 0, 2], [0, 0, 0], [2, 0, 0]]}},
    {"tag": "last orange far away", "args": {"grid": [[2, 1, 1, 1, 1, 1], [0, 0, 0, 0, 0, 1], [1, 1, 1, 1, 1, 1]]}},
]


@st.composite
def _inputs(draw):
    rows, cols = draw(st.integers(1, MAX_SIDE)), draw(st.integers(1, MAX_SIDE))
    if draw(st.booleans()):
        cell = st.sampled_from([0, 1, 1, 2])
        grid = draw(st.lists(st.lists(cell, min_size=cols, max_size=cols), min_size=rows, max_size=rows))
    else:  # from a seed, with chosen shares of empty and rotten cells
        rng = random.Random(draw(st.integers(0, 2**32)))
        empty, rotten = rng.random() * 0.5, rng.random() * 0.1
        grid = [[0 if rng.random() < empty else 2 if rng.random() < rotten else 1 for _ in range(cols)]
                for _ in range(rows)]
    return {"grid": grid}


def inputs():
    return _inputs()


def valid(args):
    return grid_error(args["grid"], MAX_SIDE, exactly(0, 1, 2), "cells must be 0, 1 or 2")


def large(n, rng):
    # a corridor winding through 10 columns: the rot needs about n/2 minutes (n/4
    # when the far end of the corridor is rotten too)
    cols = MAX_SIDE if n >= 2 * MAX_SIDE else max(1, n)
    rows = max(1, n // cols)
    grid = _snake(rows, cols)
    if rng.random() < 0.5:
        last = grid[-1]
        end = (len(last) - 1) if (rows - 1) % 4 == 0 or rows == 1 else 0
        if last[end] == 1:
            last[end] = 2
    return {"grid": grid}
