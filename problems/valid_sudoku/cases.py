import random

from hypothesis import strategies as st

DIGITS = "123456789"
EMPTY = "."


def _rows(*lines):
    """A board from nine strings of nine characters."""
    return [list(line) for line in lines]


_EXAMPLE = _rows(
    "53..7....",
    "6..195...",
    ".98....6.",
    "8...6...3",
    "4..8.3..1",
    "7...2...6",
    ".6....28.",
    "...419..5",
    "....8..79",
)
_EXAMPLE_BAD = [row[:] for row in _EXAMPLE]
_EXAMPLE_BAD[0][0] = "8"

EXAMPLES = [
    {"args": {"board": _EXAMPLE}, "expected": True},
    {"args": {"board": _EXAMPLE_BAD}, "expected": False},
]

# A solved board (every row, column and box holds 1-9 once).
_SOLVED = _rows(
    "534678912",
    "672195348",
    "198342567",
    "859761423",
    "426853791",
    "713924856",
    "961537284",
    "287419635",
    "345286179",
)


def _empty():
    return [[EMPTY] * 9 for _ in range(9)]


def _with(*cells):
    """An empty board with (row, column, digit) filled in."""
    board = _empty()
    for r, c, d in cells:
        board[r][c] = d
    return board


def _changed(board, r, c, d):
    board = [row[:] for row in board]
    board[r][c] = d
    return board


def _case(tag, board):
    return {"tag": tag, "args": {"board": board}}


HIDDEN = [
    _case("empty board", _empty()),
    _case("one digit", _with((4, 4, "5"))),
    _case("solved board", _SOLVED),
    _case("solved board, two cells swapped in a row", _changed(_changed(_SOLVED, 0, 0, "3"), 0, 1, "5")),
    _case("repeat in the last row", _with((8, 0, "9"), (8, 8, "9"))),
    _case("repeat in the last column", _with((0, 8, "1"), (8, 8, "1"))),
    _case("repeat in the last box only", _with((6, 6, "4"), (8, 8, "4"))),
    _case("repeat in the first box only", _with((0, 0, "7"), (2, 1, "7"))),
    _case("repeat in the middle box only", _with((3, 5, "2"), (5, 3, "2"))),
    _case("repeat in the top-middle box only", _with((0, 3, "6"), (2, 5, "6"))),
    _case("repeat in the middle-left box only", _with((3, 0, "6"), (5, 2, "6"))),
    _case("repeat in the top-right box only", _with((0, 6, "3"), (1, 8, "3"))),
    _case("boxes (0,1) and (1,0) share a digit, valid", _with((0, 4, "8"), (4, 0, "8"))),
    _case("boxes (0,2) and (2,0) share a digit, valid", _with((1, 7, "5"), (7, 1, "5"))),
    _case("same place in two boxes, valid", _with((0, 0, "2"), (4, 3, "2"), (8, 7, "2"))),
    _case("same digit on a diagonal, valid", _with(*[(i, (i * 3 + i // 3) % 9, "1") for i in range(9)])),
    _case("repeat in a row across boxes", _with((4, 1, "9"), (4, 7, "9"))),
    _case("repeat in a column across boxes", _with((1, 4, "3"), (7, 4, "3"))),
    _case("adjacent repeat in a row", _with((2, 3, "8"), (2, 4, "8"))),
    _case("full row of distinct digits", [list("987654321"), *_empty()[1:]]),
    _case("full column of distinct digits", [[d] + [EMPTY] * 8 for d in "192837465"]),
    _case("solved board, last cell changed", _changed(_SOLVED, 8, 8, "8")),
    _case(
        "valid but cannot be completed",
        _with(
            (0, 0, "1"),
            (1, 3, "1"),
            (2, 8, "2"),
            (2, 7, "3"),
            (2, 6, "4"),
            (2, 5, "5"),
            (2, 4, "6"),
            (2, 3, "7"),
        ),
    ),
]


def _solved(rng):
    """A random solved board: a fixed pattern with rows, columns, bands, stacks and
    digits shuffled, each of which keeps a board solved."""

    def order():
        bands = rng.sample(range(3), 3)
        return [b * 3 + i for b in bands for i in rng.sample(range(3), 3)]

    rows, cols, digits = order(), order(), rng.sample(DIGITS, 9)
    return [[digits[(3 * (r % 3) + r // 3 + c) % 9] for c in cols] for r in rows]


def _same_unit(a, b):
    (r1, c1), (r2, c2) = a, b
    return r1 == r2 or c1 == c2 or (r1 // 3, c1 // 3) == (r2 // 3, c2 // 3)


def _partner(rng, x, kind):
    """A cell sharing exactly the unit `kind` with cell x."""
    r, c = x
    while True:
        if kind == "row":
            y = (r, rng.randrange(9))
            ok = y[1] // 3 != c // 3
        elif kind == "column":
            y = (rng.randrange(9), c)
            ok = y[0] // 3 != r // 3
        else:
            y = (r // 3 * 3 + rng.randrange(3), c // 3 * 3 + rng.randrange(3))
            ok = y[0] != r and y[1] != c
        if ok:
            return y


def _break(board, rng, kind):
    """Copy one cell's digit into another sharing the unit `kind` with it, and empty
    every other cell that would repeat the digit too: the one broken rule is `kind`."""
    x = (rng.randrange(9), rng.randrange(9))
    y = _partner(rng, x, kind)
    digit = board[y[0]][y[1]]
    if digit == EMPTY:
        digit = board[y[0]][y[1]] = rng.choice(DIGITS)
    for r in range(9):
        for c in range(9):
            if (
                (r, c) not in (x, y)
                and board[r][c] == digit
                and (_same_unit((r, c), x) or _same_unit((r, c), y))
            ):
                board[r][c] = EMPTY
    board[x[0]][x[1]] = digit
    return board


@st.composite
def _inputs(draw):
    rng = random.Random(draw(st.integers(0, 2**32)))
    board = _solved(rng)
    keep = draw(st.sampled_from([0.0, 0.1, 0.3, 0.5, 0.8, 1.0]))
    board = [[d if rng.random() < keep else EMPTY for d in row] for row in board]
    kind = draw(st.sampled_from(["none", "none", "row", "column", "box", "noise"]))
    if kind == "noise":  # a few random digits anywhere: usually, not always, a clash
        for _ in range(draw(st.integers(1, 4))):
            board[rng.randrange(9)][rng.randrange(9)] = rng.choice(DIGITS)
    elif kind != "none":
        board = _break(board, rng, kind)
    return {"board": board}


def inputs():
    return _inputs()


def valid(args):
    board = args["board"]
    if type(board) is not list or len(board) != 9:
        return "the board does not have 9 rows"
    if any(type(row) is not list or len(row) != 9 for row in board):
        return "a row does not have 9 cells"
    if any(cell not in DIGITS + EMPTY or len(cell) != 1 for row in board for cell in row):
        return "a cell that is neither a digit 1-9 nor '.'"
    return None


def large(n, rng):
    # The board is always 9 x 9: every size gets a random solved board, valid, so no
    # approach can stop early.
    return {"board": _solved(rng)}
