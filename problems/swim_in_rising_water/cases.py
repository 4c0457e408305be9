import random

from hypothesis import strategies as st

MAX_SIDE = 50

EXAMPLES = [
    {"args": {"grid": [[0, 2], [1, 3]]}, "expected": 3},
    {
        "args": {
            "grid": [
                [0, 1, 2, 3, 4],
                [24, 23, 22, 21, 5],
                [12, 13, 14, 15, 16],
                [11, 17, 18, 19, 20],
                [10, 9, 8, 7, 6],
            ]
        },
        "expected": 16,
    },
    {"args": {"grid": [[3, 2], [0, 1]]}, "expected": 3},
]


def _fill(n, order):
    """A board whose cells, taken in `order` (a list of (row, col)), hold 0, 1, 2, ..."""
    grid = [[0] * n for _ in range(n)]
    for h, (r, c) in enumerate(order):
        grid[r][c] = h
    return grid


def _random(n, rng):
    cells = [(r, c) for r in range(n) for c in range(n)]
    rng.shuffle(cells)
    return _fill(n, cells)


def _snake(n, rng, shuffle_rest=True):
    """The lowest heights along a path that sweeps every second row and turns at the
    ends, so it runs left as often as right; the other cells hold the highest heights."""
    path = []
    for r in range(0, n, 2):
        row = [(r, c) for c in range(n)]
        path += row if r % 4 == 0 else row[::-1]
        if r + 1 < n:
            path.append((r + 1, n - 1) if r % 4 == 0 else (r + 1, 0))
    if path[-1] != (n - 1, n - 1):  # an even n ends on row n - 2: finish along the last row
        r = n - 1
        path += [(r, c) for c in range(n) if (r, c) not in set(path)]
    rest = [(r, c) for r in range(n) for c in range(n) if (r, c) not in set(path)]
    if shuffle_rest:
        rng.shuffle(rest)
    return _fill(n, path + rest)


def _wall(n, rng, gap=None):
    """The highest heights fill the middle row, shuffled (or, with gap, only one cell of the
    wall is low): the answer is high, while both corners are low."""
    mid = n // 2
    wall = [(mid, c) for c in range(n)]
    rest = [(r, c) for r in range(n) for c in range(n) if r != mid]
    rng.shuffle(rest)
    rng.shuffle(wall)
    if gap is not None:
        wall.remove((mid, gap))
        rest.insert(len(rest) // 2, (mid, gap))
    order = rest + wall
    # keep both corners among the lowest heights
    for corner in ((0, 0), (n - 1, n - 1)):
        i = order.index(corner)
        order.insert(0, order.pop(i))
    return _fill(n, order)


def _rows(n, falling):
    """Heights 0, 1, 2, ... row by row (or the reverse)."""
    cells = [(r, c) for r in range(n) for c in range(n)]
    return _fill(n, cells[::-1] if falling else cells)


def _case(tag, grid):
    return {"tag": tag, "args": {"grid": grid}}


HIDDEN = [
    _case("one cell", [[0]]),
    _case("two by two, end is highest", [[0, 1], [2, 3]]),
    _case("two by two, start is highest", [[3, 0], [1, 2]]),
    _case("two by two, the lower side route", [[0, 3], [2, 1]]),
    _case("the start is the answer", [[8, 1, 2], [3, 4, 5], [6, 7, 0]]),
    _case("the end is the answer", [[0, 1, 2], [3, 4, 5], [6, 7, 8]]),
    _case("the way goes up again", [[0, 8, 1], [3, 7, 2], [4, 5, 6]]),
    _case("the way goes left", [[0, 1, 2, 3], [15, 14, 13, 4], [8, 7, 6, 5], [9, 10, 11, 12]]),
    _case("a detour beats the straight line", [[0, 7, 8], [1, 6, 5], [2, 3, 4]]),
    _case("small snake", _snake(5, random.Random(1))),
    _case("max n, random heights", _random(MAX_SIDE, random.Random(2))),
    _case("max n, a snake that turns left and right", _snake(MAX_SIDE, random.Random(3))),
    _case("max n, a wall of the highest cells", _wall(MAX_SIDE, random.Random(4))),
    _case("max n, a wall with one low gap", _wall(MAX_SIDE, random.Random(5), gap=7)),
    _case("max n, heights row by row", _rows(MAX_SIDE, False)),
    _case("max n, heights falling", _rows(MAX_SIDE, True)),
    _case("odd side, a snake", _snake(49, random.Random(6))),
    _case("a wall on a small board", _wall(6, random.Random(7))),
]


@st.composite
def _small(draw):
    n = draw(st.integers(1, 5))
    heights = draw(st.permutations(range(n * n)))
    return {"grid": [list(heights[r * n : (r + 1) * n]) for r in range(n)]}


@st.composite
def _large(draw):
    n = draw(st.integers(1, MAX_SIDE))
    rng = random.Random(draw(st.integers(0, 2**32)))
    shape = draw(st.sampled_from(["random", "snake", "wall", "gap"]))
    if shape == "snake":
        return {"grid": _snake(n, rng)}
    if shape in ("wall", "gap") and n >= 3:
        return {"grid": _wall(n, rng, rng.randrange(n) if shape == "gap" else None)}
    return {"grid": _random(n, rng)}


def inputs():
    return st.one_of(_small(), _large())


def valid(args):
    grid = args["grid"]
    n = len(grid)
    if not 1 <= n <= MAX_SIDE:
        return "side out of range"
    if any(type(row) is not list or len(row) != n for row in grid):
        return "the board is not square"
    values = [h for row in grid for h in row]
    if any(type(h) is not int for h in values):
        return "a height is not an integer"
    if sorted(values) != list(range(n * n)):
        return "the heights are not 0 .. n*n - 1, each once"
    return None


def large(n, rng):
    # n cells: a square board whose middle row holds the highest heights, both corners
    # low, so that the answer is near n and a solution trying each time in turn floods
    # half of the board once per time step
    side = max(3, int(n**0.5))
    return {"grid": _wall(side, rng)}
