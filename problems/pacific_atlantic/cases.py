import random

from hypothesis import strategies as st

from judge.authoring.grids import grid_error, int_between

MAX_SIDE = 200
HIGH = 10**5

EXAMPLES = [
    {"args": {"heights": [[2, 3, 4, 6], [1, 5, 7, 3], [4, 6, 2, 2], [8, 1, 3, 1]]},
     "expected": [[0, 3], [1, 2], [2, 1], [3, 0]]},
    {"args": {"heights": [[7]]}, "expected": [[0, 0]]},
    {"args": {"heights": [[3, 3], [3, 3]]}, "expected": [[0, 0], [0, 1], [1, 0], [1, 1]]},
    {"args": {"heights": [[1, 9], [9, 1]]}, "expected": [[0, 1], [1, 0]]},
]


def _random(rows, cols, seed, top=HIGH):
    rng = random.Random(seed)
    return [[rng.randint(0, top) for _ in range(cols)] for _ in range(rows)]


def _spiral(side):
    """Heights rising along a spiral from the outer ring to the centre."""
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


def _bowl(side):
    mid = (side - 1) / 2
    return [[int(abs(r - mid) + abs(c - mid)) for c in range(side)] for r in range(side)]


HIDDEN = [
    {"tag": "single cell, height 0", "args": {"heights": [[0]]}},
    {"tag": "single row", "args": {"heights": [[5, 1, 7, 1, HIGH]]}},
    {"tag": "single column", "args": {"heights": [[3], [0], [9], [9]]}},
    {"tag": "plateau", "args": {"heights": [[42] * 60 for _ in range(60)]}},
    {"tag": "max grid, plateau with a rim", "args": {"heights": [[HIGH if r in (0, MAX_SIDE - 1) or c in (0, MAX_SIDE - 1) else 7 for c in range(MAX_SIDE)] for r in range(MAX_SIDE)]}},
    {"tag": "extreme heights", "args": {"heights": [[HIGH, 0], [0, HIGH]]}},
    {"tag": "rising to the bottom right", "args": {"heights": [[r + c for c in range(6)] for r in range(5)]}},
    {"tag": "falling to the bottom right", "args": {"heights": [[20 - r - c for c in range(6)] for r in range(5)]}},
    {"tag": "peak in the middle", "args": {"heights": [[1, 1, 1], [1, 5, 1], [1, 1, 1]]}},
    {"tag": "valley in the middle", "args": {"heights": [[5, 5, 5, 5], [5, 1, 1, 5], [5, 1, 1, 5], [5, 5, 5, 5]]}},
    {"tag": "equal heights along the way", "args": {"heights": [[1, 2, 2, 2, 2], [9, 9, 9, 9, 2], [1, 1, 1, 1, 2], [1, 1, 1, 1, 1]]}},
    {"tag": "ridge across the middle", "args": {"heights": [[1, 1, 1, 1], [9, 9, 9, 9], [1, 1, 1, 1]]}},
    {"tag": "bowl", "args": {"heights": _bowl(9)}},
    {"tag": "spiral climb", "args": {"heights": _spiral(12)}},
    {"tag": "max grid, random heights", "args": {"heights": _random(MAX_SIDE, MAX_SIDE, 417)}},
    {"tag": "max grid, few distinct heights", "args": {"heights": _random(MAX_SIDE, MAX_SIDE, 4170, 3)}},
    {"tag": "long thin grid", "args": {"heights": _random(MAX_SIDE, 2, 41, 10)}},
    {"tag": "wide flat grid", "args": {"heights": _random(2, MAX_SIDE, 42, 10)}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        rows, cols = draw(st.integers(1, 6)), draw(st.integers(1, 6))
        h = st.integers(0, draw(st.sampled_from([1, 3, HIGH])))
        grid = draw(st.lists(st.lists(h, min_size=cols, max_size=cols), min_size=rows, max_size=rows))
        return {"heights": grid}
    top = draw(st.sampled_from([0, 2, 10, HIGH]))
    # a flat grid sends every cell to both oceans: kept smaller, for a short answer
    side = 60 if top == 0 else MAX_SIDE
    rows, cols = draw(st.integers(1, side)), draw(st.integers(1, side))
    return {"heights": _random(rows, cols, draw(st.integers(0, 2**32)), top)}


def inputs():
    return _inputs()


def valid(args):
    return grid_error(args["heights"], MAX_SIDE, int_between(0, HIGH), "height out of range")


def large(n, rng):
    side = max(1, int(n ** 0.5))
    cols = max(1, n // side)
    top = rng.choice([5, HIGH])
    return {"heights": [[rng.randint(0, top) for _ in range(cols)] for _ in range(side)]}


def check(args, expected, got):
    if type(got) is not list or len(got) != len(expected):
        return False
    cells = set()
    for cell in got:
        if type(cell) is not list or len(cell) != 2 or any(type(v) is not int for v in cell):
            return False
        cells.add((cell[0], cell[1]))
    return cells == {(r, c) for r, c in expected}
