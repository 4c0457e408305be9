import random

from hypothesis import strategies as st

from judge.authoring.grids import exactly, grid_error

MAX_SIDE = 200


def _board(rows):
    """A board from strings of X/O characters, one string per row."""
    return [list(row) for row in rows]


def _fill(rows, cols, open_cell):
    """rows x cols cells; open_cell(r, c) says which ones are "O"."""
    return [["O" if open_cell(r, c) else "X" for c in range(cols)] for r in range(rows)]


def _walled(rows, cols, gap=None):
    """All "O" inside a frame of "X"; `gap` is an edge cell left "O" (or None)."""
    board = _fill(rows, cols, lambda r, c: 0 < r < rows - 1 and 0 < c < cols - 1)
    if gap is not None:
        board[gap[0]][gap[1]] = "O"
    return board


def _snake(side):
    """One winding "O" path inside a frame, opening onto the edge only in its last full row."""
    board = [["X"] * side for _ in range(side)]
    for r in range(1, side - 1):
        if r % 2 == 1:
            for c in range(1, side - 1):
                board[r][c] = "O"
        else:
            board[r][side - 2 if r % 4 == 2 else 1] = "O"
    last = side - 2 if (side - 2) % 2 == 1 else side - 3  # the last full row of the path
    board[last][0] = "O"
    return board


def _random(rows, cols, density, seed):
    rng = random.Random(seed)
    return [["O" if rng.random() < density else "X" for _ in range(cols)] for _ in range(rows)]


EXAMPLES = [
    {
        "args": {"board": _board(["XXXX", "XOOX", "XXOX", "XOXX"])},
        "expected": _board(["XXXX", "XXXX", "XXXX", "XOXX"]),
    },
    {"args": {"board": _board(["OO", "OX"])}, "expected": _board(["OO", "OX"])},
    {"args": {"board": _board(["XXX", "XOX", "OXX"])}, "expected": _board(["XXX", "XXX", "OXX"])},
]

HIDDEN = [
    {"tag": "single X", "args": {"board": _board(["X"])}},
    {"tag": "single O", "args": {"board": _board(["O"])}},
    {"tag": "one row", "args": {"board": _board(["OXOOXO"])}},
    {"tag": "one column", "args": {"board": _board(["O", "X", "O", "O", "X"])}},
    {"tag": "two rows, every O on the edge", "args": {"board": _board(["XOX", "OXO"])}},
    {"tag": "centre captured", "args": {"board": _board(["XXX", "XOX", "XXX"])}},
    {"tag": "escapes through the first column", "args": {"board": _board(["XXXX", "OOOX", "XXOX", "XXXX"])}},
    {"tag": "escapes through the last column", "args": {"board": _board(["XXXX", "XOOO", "XOXX", "XXXX"])}},
    {"tag": "escapes through the first row", "args": {"board": _board(["XXOX", "XOOX", "XOXX", "XXXX"])}},
    {"tag": "escapes through the last row", "args": {"board": _board(["XXXX", "XOOX", "XXOX", "XXOX"])}},
    {"tag": "edge reached only diagonally", "args": {"board": _board(["XXXX", "XOXX", "XXOX", "XXXO"])}},
    {
        "tag": "captured region beside a free one",
        "args": {"board": _board(["XXXXX", "XOXOO", "XOXXX", "XXXXX"])},
    },
    {
        "tag": "free region winds back up",
        "args": {"board": _board(["XXXXXX", "XOOOOX", "XOXXOX", "XOXXOX", "XXXXOX", "XXXXOX"])},
    },
    {
        "tag": "ring of O around captured X",
        "args": {"board": _board(["XXXXX", "XOOOX", "XOXOX", "XOOOX", "XXXXX"])},
    },
    {"tag": "all O", "args": {"board": _fill(5, 4, lambda r, c: True)}},
    {"tag": "max size, all X", "args": {"board": _fill(MAX_SIDE, MAX_SIDE, lambda r, c: False)}},
    {"tag": "max size, all O", "args": {"board": _fill(MAX_SIDE, MAX_SIDE, lambda r, c: True)}},
    {"tag": "max size, walled in", "args": {"board": _walled(MAX_SIDE, MAX_SIDE)}},
    {
        "tag": "max size, walled in, one gap in the last row",
        "args": {"board": _walled(MAX_SIDE, MAX_SIDE, (MAX_SIDE - 1, MAX_SIDE - 2))},
    },
    {"tag": "max size, one winding path", "args": {"board": _snake(MAX_SIDE)}},
    {
        "tag": "max size, checkerboard",
        "args": {"board": _fill(MAX_SIDE, MAX_SIDE, lambda r, c: (r + c) % 2 == 0)},
    },
    {"tag": "max size, random", "args": {"board": _random(MAX_SIDE, MAX_SIDE, 0.55, 130)}},
    {"tag": "max width, three rows", "args": {"board": _random(3, MAX_SIDE, 0.7, 131)}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        rows = draw(st.integers(1, 7))
        cols = draw(st.integers(1, 7))
        cell = st.sampled_from(["X", "O"])
        board = draw(st.lists(st.lists(cell, min_size=cols, max_size=cols), min_size=rows, max_size=rows))
    else:  # big boards: Hypothesis alone rarely draws them
        rows = draw(st.integers(1, MAX_SIDE))
        cols = draw(st.integers(1, MAX_SIDE))
        density = draw(st.sampled_from([0.0, 0.3, 0.5, 0.6, 0.8, 1.0]))
        board = _random(rows, cols, density, draw(st.integers(0, 2**32)))
    return {"board": board}


def inputs():
    return _inputs()


def valid(args):
    return grid_error(args["board"], MAX_SIDE, exactly("X", "O"), 'a cell is not "X" or "O"')


def large(n, rng):
    # A frame of "X" around "O"s, with a few "X" scattered inside and one gap in the
    # frame at the far corner: a search from every "O" for the edge walks much of the
    # board before it finds the gap.
    rows = max(3, int(n**0.5))
    cols = max(3, n // rows)
    board = _walled(rows, cols, (rows - 1, cols - 2))
    for _ in range(rows * cols // 20):
        board[rng.randrange(1, rows - 1)][rng.randrange(1, cols - 1)] = "X"
    board[rows - 2][cols - 2] = "O"
    return {"board": board}
