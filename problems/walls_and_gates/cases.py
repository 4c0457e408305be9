import random

from hypothesis import strategies as st

from judge.authoring.grids import exactly, grid_error

INF = 2147483647
WALL, GATE = -1, 0
MAX_SIDE = 250

_CELL = {"#": WALL, "G": GATE, ".": INF}


def _plan(rows):
    """A plan from strings: '#' wall, 'G' gate, '.' empty room."""
    return [[_CELL[ch] for ch in row] for row in rows]


def _fill(rows, cols, cell):
    """rows x cols cells; cell(r, c) gives each value."""
    return [[cell(r, c) for c in range(cols)] for r in range(rows)]


def _random(rows, cols, walls, gates, seed):
    rng = random.Random(seed)
    plan = []
    for _ in range(rows):
        row = []
        for _ in range(cols):
            x = rng.random()
            row.append(WALL if x < walls else GATE if x < walls + gates else INF)
        plan.append(row)
    return plan


def _maze(side):
    """Walls in rows with one opening at alternating ends, a gate at the far end: the
    only way is a long winding corridor."""

    def cell(r, c):
        if r % 2 == 0:
            return INF
        return INF if c == (side - 1 if r % 4 == 1 else 0) else WALL

    plan = _fill(side, side, cell)
    plan[side - 1][side - 1] = GATE
    return plan


EXAMPLES = [
    {
        "args": {"rooms": _plan([".#G.", "...#", ".#.#", "G#.."])},
        "expected": [[3, -1, 0, 1], [2, 2, 1, -1], [1, -1, 2, -1], [0, -1, 3, 4]],
    },
    {"args": {"rooms": _plan(["G..", "##.", ".#G"])}, "expected": [[0, 1, 2], [-1, -1, 1], [INF, -1, 0]]},
    {"args": {"rooms": _plan(["#"])}, "expected": [[-1]]},
]

HIDDEN = [
    {"tag": "single empty room", "args": {"rooms": _plan(["."])}},
    {"tag": "single gate", "args": {"rooms": _plan(["G"])}},
    {"tag": "no gate at all", "args": {"rooms": _plan(["..#", "#..", "..."])}},
    {"tag": "one row, gates at both ends", "args": {"rooms": _plan(["G......G"])}},
    {"tag": "one column, wall in between", "args": {"rooms": _plan(["G", ".", "#", ".", "."])}},
    {"tag": "nearest gate is the second one found", "args": {"rooms": _plan(["G....", ".....", "....G"])}},
    {"tag": "nearest gate lies up and to the left", "args": {"rooms": _plan([".G..", "....", "...."])}},
    {"tag": "gate only in the last row", "args": {"rooms": _plan(["...", "...", "..G"])}},
    {"tag": "gate only in the last column", "args": {"rooms": _plan(["...G", "....", "#..."])}},
    {"tag": "detour around a wall", "args": {"rooms": _plan(["G#.", ".#.", "..."])}},
    {"tag": "gates walled in", "args": {"rooms": _plan([".#.", "#G#", ".#."])}},
    {"tag": "everything a gate or a wall", "args": {"rooms": _plan(["G#", "#G"])}},
    {"tag": "max size, all empty", "args": {"rooms": _fill(MAX_SIDE, MAX_SIDE, lambda r, c: INF)}},
    {
        "tag": "max size, one gate in the corner",
        "args": {"rooms": _fill(MAX_SIDE, MAX_SIDE, lambda r, c: GATE if r == c == 0 else INF)},
    },
    {
        "tag": "max size, a row of gates",
        "args": {"rooms": _fill(MAX_SIDE, MAX_SIDE, lambda r, c: GATE if r == MAX_SIDE - 1 else INF)},
    },
    {
        "tag": "max size, gates on the diagonal",
        "args": {"rooms": _fill(MAX_SIDE, MAX_SIDE, lambda r, c: GATE if r == c else INF)},
    },
    {"tag": "max size, winding corridor", "args": {"rooms": _maze(MAX_SIDE)}},
    {
        "tag": "max size, random walls and few gates",
        "args": {"rooms": _random(MAX_SIDE, MAX_SIDE, 0.3, 0.001, 286)},
    },
    {
        "tag": "max size, random walls and many gates",
        "args": {"rooms": _random(MAX_SIDE, MAX_SIDE, 0.2, 0.1, 287)},
    },
    {"tag": "max width, two rows", "args": {"rooms": _random(2, MAX_SIDE, 0.1, 0.01, 288)}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        rows = draw(st.integers(1, 7))
        cols = draw(st.integers(1, 7))
        cell = st.sampled_from([INF, INF, WALL, GATE])
        rooms = draw(st.lists(st.lists(cell, min_size=cols, max_size=cols), min_size=rows, max_size=rows))
    else:  # big plans: Hypothesis alone rarely draws them
        rows = draw(st.integers(1, MAX_SIDE))
        cols = draw(st.integers(1, MAX_SIDE))
        walls = draw(st.sampled_from([0.0, 0.1, 0.3, 0.5]))
        gates = draw(st.sampled_from([0.0, 0.0005, 0.01, 0.2]))
        rooms = _random(rows, cols, walls, gates, draw(st.integers(0, 2**32)))
    return {"rooms": rooms}


def inputs():
    return _inputs()


def valid(args):
    return grid_error(args["rooms"], MAX_SIDE, exactly(WALL, GATE, INF), "a cell is not -1, 0 or 2147483647")


def large(n, rng):
    # A row of gates along the bottom, scattered walls above: a BFS from each gate in
    # turn improves most rooms again for every gate, and a BFS from each room walks
    # further the higher the room is.
    rows = max(2, int(n**0.5))
    cols = max(1, n // rows)
    plan = [[WALL if rng.random() < 0.05 else INF for _ in range(cols)] for _ in range(rows - 1)]
    plan.append([GATE] * cols)
    return {"rooms": plan}
