import random

from hypothesis import strategies as st

MAX_LEN = 10_000
HIGH = 100_000

EXAMPLES = [
    {"args": {"intervals": [[1, 2], [4, 6], [8, 9]], "newInterval": [3, 5]}, "expected": [[1, 2], [3, 6], [8, 9]]},
    {"args": {"intervals": [[1, 3], [5, 7], [9, 12], [14, 16]], "newInterval": [6, 10]},
     "expected": [[1, 3], [5, 12], [14, 16]]},
    {"args": {"intervals": [], "newInterval": [2, 4]}, "expected": [[2, 4]]},
]

_SPACED = [[10 * i, 10 * i + 5] for i in range(MAX_LEN)]  # [0,5], [10,15], ... [99990,99995]


def _case(tag, intervals, new):
    return {"tag": tag, "args": {"intervals": intervals, "newInterval": new}}


HIDDEN = [
    _case("empty list, zero range", [], [0, 0]),
    _case("before every range", [[3, 5]], [1, 2]),
    _case("after every range", [[1, 2]], [4, 5]),
    _case("touches the start of a range", [[1, 5]], [5, 7]),
    _case("touches the end of a range", [[4, 8]], [1, 4]),
    _case("gap of one stays apart", [[1, 2], [6, 7]], [3, 5]),
    _case("covers every range", [[2, 3], [5, 6], [8, 9]], [0, 100]),
    _case("inside one range", [[1, 10]], [3, 4]),
    _case("single points", [[0, 0], [2, 2]], [1, 1]),
    _case("point on a range's end", [[1, 3], [6, 9]], [3, 3]),
    _case("equal to a range", [[1, 3], [6, 9]], [6, 9]),
    _case("fuses with the last range", [[1, 2], [4, 5]], [5, 10]),
    _case("fuses with the first range", [[1, 2], [4, 5]], [0, 1]),
    _case("bridges two ranges exactly", [[1, 2], [4, 5]], [2, 4]),
    _case("starts inside, ends in a gap", [[1, 4], [7, 9], [12, 15]], [3, 10]),
    _case("starts in a gap, ends inside", [[1, 4], [7, 9], [12, 15]], [5, 13]),
    _case("extreme values", [[0, 0], [HIGH, HIGH]], [0, HIGH]),
    _case("most ranges, fuses the middle", _SPACED, [45_003, 55_012]),
    _case("most ranges, after the last", _SPACED, [HIGH, HIGH]),
    _case("most ranges, before the first", [[10 * i + 1, 10 * i + 5] for i in range(MAX_LEN)], [0, 0]),
    _case("most ranges, in a gap", _SPACED, [50_007, 50_008]),
    _case("most ranges, covers them all", _SPACED, [0, HIGH]),
]


def _build(values, points):
    """Ranges over sorted distinct values: a single point where `points` says so."""
    out = []
    i = 0
    while i < len(values):
        if points[i] or i + 1 == len(values):
            out.append([values[i], values[i]])
            i += 1
        else:
            out.append([values[i], values[i + 1]])
            i += 2
    return out


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        bound = draw(st.sampled_from([12, HIGH]))
        values = sorted(draw(st.sets(st.integers(0, bound), max_size=16)))
        points = draw(st.lists(st.booleans(), min_size=len(values), max_size=len(values)))
        intervals = _build(values, points)
        a, b = draw(st.integers(0, bound)), draw(st.integers(0, bound))
    else:  # many ranges: Hypothesis alone rarely draws them
        size = draw(st.integers(0, MAX_LEN))
        rng = random.Random(draw(st.integers(0, 2**32)))
        values = sorted(rng.sample(range(HIGH + 1), 2 * size))
        intervals = _build(values, [rng.random() < 0.2 for _ in values])[:size]
        a, b = rng.randint(0, HIGH), rng.randint(0, HIGH)
        if rng.random() < 0.5:  # a short new range
            b = min(HIGH, a + rng.randint(0, 50))
    return {"intervals": intervals, "newInterval": [min(a, b), max(a, b)]}


def inputs():
    return _inputs()


def _is_range(r):
    return (type(r) is list and len(r) == 2 and all(type(v) is int for v in r)
            and 0 <= r[0] <= r[1] <= HIGH)


def valid(args):
    intervals, new = args["intervals"], args["newInterval"]
    if type(intervals) is not list or len(intervals) > MAX_LEN:
        return "length out of range"
    if not _is_range(new) or not all(_is_range(r) for r in intervals):
        return "a range is malformed or out of bounds"
    if any(a[1] >= b[0] for a, b in zip(intervals, intervals[1:])):
        return "intervals are not sorted and apart"
    return None


def large(n, rng):
    intervals = [[3 * i, 3 * i + 1] for i in range(n)]
    a = rng.randrange(3 * n + 3)
    b = a + rng.randrange(3 * n + 3 - a)
    return {"intervals": intervals, "newInterval": [a, b]}
