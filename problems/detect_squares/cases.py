import random

from hypothesis import strategies as st

MAX_COORD = 1000
MAX_CALLS = 3000


def _ops(*calls):
    """Operations and arguments from calls: ("add", x, y) or ("count", x, y)."""
    return {
        "operations": ["DetectSquares"] + [c[0] for c in calls],
        "arguments": [[]] + [[[c[1], c[2]]] for c in calls],
    }


def _add(x, y):
    return ("add", x, y)


def _count(x, y):
    return ("count", x, y)


EXAMPLES = [
    {
        "args": _ops(
            _add(3, 10), _add(11, 2), _add(3, 2), _count(11, 10), _count(14, 8), _add(11, 2), _count(11, 10)
        ),
        "expected": [None, None, None, None, 1, 0, None, 2],
    },
    {
        "args": _ops(_add(0, 0), _add(0, 5), _add(5, 0), _add(2, 2), _count(5, 5), _count(2, 0)),
        "expected": [None, None, None, None, None, 1, 0],
    },
]


def _square(x, y, side):
    """The three corners other than (x, y) of the square with that signed side."""
    return [_add(x + side, y), _add(x, y + side), _add(x + side, y + side)]


def _random_calls(rng, size, low, high, count_share):
    calls = []
    for _ in range(size):
        kind = "count" if rng.random() < count_share else "add"
        calls.append((kind, rng.randint(low, high), rng.randint(low, high)))
    return calls


def _column_heavy(rng, size, x=500):
    """Most points in one column, the rest in pairs that close squares with two of them:
    every count walks the column and finds squares."""
    calls, ys = [], [rng.randint(0, MAX_COORD)]
    for i in range(size):
        if i % 2:
            y = rng.choice(ys) if rng.random() < 0.7 else rng.randint(0, MAX_COORD)
            calls.append(_count(x, y))
        elif rng.random() < 0.6:
            ys.append(rng.randint(0, MAX_COORD))
            calls.append(_add(x, ys[-1]))
        else:
            y1, y2 = rng.choice(ys), rng.choice(ys)
            x2 = x + (y2 - y1) * rng.choice([-1, 1])
            if not 0 <= x2 <= MAX_COORD:
                x2 = 2 * x - x2
            if 0 <= x2 <= MAX_COORD:
                calls += [_add(x2, y1), _add(x2, y2)]
    return calls[:size]


_rng = random.Random(2013)
_EDGE = MAX_COORD

HIDDEN = [
    {"tag": "count before any add", "args": _ops(_count(0, 0), _count(MAX_COORD, MAX_COORD))},
    {"tag": "only the constructor", "args": _ops()},
    {"tag": "square above and to the right", "args": _ops(*_square(4, 4, 3), _count(4, 4))},
    {"tag": "square below and to the left", "args": _ops(*_square(4, 4, -3), _count(4, 4))},
    {
        "tag": "squares on the left and on the right",
        "args": _ops(_add(5, 8), _add(2, 5), _add(2, 8), _add(8, 5), _add(8, 8), _count(5, 5)),
    },
    {
        "tag": "squares above and below",
        "args": _ops(_add(5, 8), _add(8, 5), _add(8, 8), _add(5, 2), _add(8, 2), _count(5, 5)),
    },
    {"tag": "a rectangle is not a square", "args": _ops(_add(0, 3), _add(5, 0), _add(5, 3), _count(0, 0))},
    {
        "tag": "a tilted square does not count",
        "args": _ops(_add(2, 0), _add(4, 2), _add(2, 4), _count(0, 2), _count(2, 2)),
    },
    {
        "tag": "copies of one corner multiply",
        "args": _ops(_add(1, 1), _add(1, 1), _add(1, 2), _add(2, 1), _add(2, 1), _add(2, 1), _count(2, 2)),
    },
    {
        "tag": "copies of every corner multiply",
        "args": _ops(*(_square(7, 7, 2) * 3), _count(7, 7), _add(9, 9), _count(7, 7)),
    },
    {
        "tag": "points at the query do not make a square",
        "args": _ops(_add(3, 3), _add(3, 3), _add(3, 3), _count(3, 3), _add(3, 4), _count(3, 3)),
    },
    {
        "tag": "the query point stored too",
        "args": _ops(_add(6, 6), *_square(6, 6, 1), _count(6, 6), _count(7, 7)),
    },
    {
        "tag": "two corners only",
        "args": _ops(_add(0, 5), _add(5, 0), _count(0, 0), _count(5, 5), _add(5, 5), _count(0, 0)),
    },
    {
        "tag": "largest square",
        "args": _ops(*_square(_EDGE, _EDGE, -_EDGE), _count(_EDGE, _EDGE), _count(0, 0)),
    },
    {
        "tag": "corners on the borders",
        "args": _ops(
            _add(1, _EDGE), _add(0, _EDGE - 1), _add(1, _EDGE - 1), _count(0, _EDGE), _count(1, _EDGE)
        ),
    },
    {
        "tag": "many squares through one point",
        "args": _ops(
            *[c for s in range(1, 30) for c in _square(100, 100, s if s % 2 else -s)], _count(100, 100)
        ),
    },
    # 999 copies of each other corner: 999^3 squares, more than 32 bits hold
    {"tag": "max calls, huge count", "args": _ops(*(_square(1, 1, 1) * 999), _count(1, 1), _count(2, 2))},
    {"tag": "max calls, small grid", "args": _ops(*_random_calls(_rng, MAX_CALLS, 0, 6, 0.4))},
    {"tag": "max calls, whole range", "args": _ops(*_random_calls(_rng, MAX_CALLS, 0, MAX_COORD, 0.5))},
    {"tag": "max calls, one busy column", "args": _ops(*_column_heavy(_rng, MAX_CALLS))},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        high = draw(st.sampled_from([2, 4, 8]))
        coord = st.integers(0, high)
        kind = st.sampled_from(["add", "add", "count"])
        calls = draw(st.lists(st.tuples(kind, coord, coord), max_size=30))
        if draw(st.booleans()):  # shift to the far border
            calls = [(k, MAX_COORD - x, MAX_COORD - y) for k, x, y in calls]
        return _ops(*calls)
    # long sessions from a drawn size and seed: Hypothesis alone rarely draws them
    size = draw(st.integers(1, MAX_CALLS))
    rng = random.Random(draw(st.integers(0, 2**32)))
    if rng.random() < 0.3:
        return _ops(*_column_heavy(rng, size, rng.randint(0, MAX_COORD)))
    low = rng.randint(0, MAX_COORD)
    high = min(MAX_COORD, low + rng.choice([3, 20, MAX_COORD]))
    return _ops(*_random_calls(rng, size, low, high, rng.choice([0.1, 0.5])))


def inputs():
    return _inputs()


def _point_ok(a):
    if type(a) is not list or len(a) != 1:
        return False
    p = a[0]
    return type(p) is list and len(p) == 2 and all(type(v) is int and 0 <= v <= MAX_COORD for v in p)


def valid(args):
    ops, argv = args["operations"], args["arguments"]
    if type(ops) is not list or type(argv) is not list or len(ops) != len(argv) or not ops:
        return "operations and arguments differ in length"
    if ops[0] != "DetectSquares" or argv[0] != []:
        return "the first call must be DetectSquares()"
    if len(ops) - 1 > MAX_CALLS:
        return "too many calls"
    for op, a in zip(ops[1:], argv[1:], strict=True):
        if op not in ("add", "count"):
            return f"unknown operation {op!r}"
        if not _point_ok(a):
            return f"bad {op} arguments"
    return None


def large(n, rng):
    # half the calls add points, most of them to the queries' column; the other half
    # count there, so each count walks every distinct point of that column
    return _ops(*_column_heavy(rng, max(1, n)))
