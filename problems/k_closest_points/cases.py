import random
from collections import Counter

from hypothesis import strategies as st

LOW, HIGH = -10_000, 10_000
MAX_N = 10_000

EXAMPLES = [
    {"args": {"points": [[2, 2], [-1, 3]], "k": 1}, "expected": [[2, 2]]},
    {"args": {"points": [[0, 5], [4, -2], [-3, -3], [1, 1]], "k": 2}, "expected": [[-3, -3], [1, 1]]},
    {"args": {"points": [[7, -1]], "k": 1}, "expected": [[7, -1]]},
    {"args": {"points": [[1, 0], [0, -1], [3, 3], [1, 0]], "k": 3}, "expected": [[1, 0], [0, -1], [1, 0]]},
]


def _dist(p):
    return p[0] * p[0] + p[1] * p[1]


def _unique_cut(points, k):
    """True when the k-th nearest point is strictly nearer than the (k+1)-th.

    LeetCode's inputs never tie at the cut, not even copies of one point: its own
    editorial's binary search on the distance never ends on such a tie, and it passes."""
    if k >= len(points):
        return True
    dists = sorted(_dist(p) for p in points)
    return dists[k - 1] < dists[k]


def _random_points(rng, n, low, high):
    return [[rng.randint(low, high), rng.randint(low, high)] for _ in range(n)]


def _fixed_k(points, k):
    """Raise k to the nearest value whose cut is unique (k = len(points) always is)."""
    while not _unique_cut(points, k):
        k += 1
    return k


_rng = random.Random(973)
_spread = _random_points(_rng, MAX_N, LOW, HIGH)
_dense = _random_points(_rng, MAX_N, -30, 30)
_ring = [[x, y] for x in range(-25, 26) for y in range(-25, 26) if x * x + y * y == 625]  # 20 points at 25

HIDDEN = [
    {"tag": "one point", "args": {"points": [[LOW, HIGH]], "k": 1}},
    {"tag": "the origin itself", "args": {"points": [[3, 4], [0, 0], [-1, 1]], "k": 1}},
    {"tag": "all points, k = n", "args": {"points": [[5, 5], [-2, 1], [0, 3]], "k": 3}},
    {"tag": "negative coordinates", "args": {"points": [[-5, -1], [-1, -5], [-3, -3], [-1, -1]], "k": 2}},
    {
        "tag": "extreme coordinates",
        "args": {"points": [[HIGH, HIGH], [LOW, LOW], [HIGH, 0], [0, LOW]], "k": 2},
    },
    {"tag": "nearest by |x| + |y| is not nearest", "args": {"points": [[0, 5], [3, 3]], "k": 1}},
    {"tag": "nearest by x + y is not nearest", "args": {"points": [[-4, -4], [1, 1], [2, 0]], "k": 2}},
    {"tag": "the same point twice", "args": {"points": [[2, 1], [2, 1], [0, 4]], "k": 2}},
    {
        "tag": "copies of one point, all of them in",
        "args": {"points": [[1, 1], [3, 0], [1, 1], [1, 1]], "k": 3},
    },
    {
        "tag": "different points at the same distance",
        "args": {"points": [[1, 0], [0, 1], [-1, 0], [0, -1], [2, 2]], "k": 4},
    },
    {"tag": "ties beyond the cut", "args": {"points": [[0, 1], [3, 4], [5, 0], [0, -5], [4, 3]], "k": 1}},
    {
        "tag": "ring of equal distances inside k",
        "args": {"points": [*_ring, [30, 0], [0, 1]], "k": len(_ring) + 1},
    },
    {"tag": "farthest point first in the list", "args": {"points": [[9, 9], [1, 2], [2, 1], [3, 0]], "k": 3}},
    {"tag": "max n, k = 1", "args": {"points": _spread, "k": 1}},
    {"tag": "max n, k = n", "args": {"points": _spread, "k": MAX_N}},
    {"tag": "max n, k = n - 1", "args": {"points": _spread, "k": _fixed_k(_spread, MAX_N - 1)}},
    {"tag": "max n, k = n / 2", "args": {"points": _spread, "k": _fixed_k(_spread, MAX_N // 2)}},
    {"tag": "max n, many repeated points", "args": {"points": _dense, "k": _fixed_k(_dense, 3000)}},
    {"tag": "max n, all the same point", "args": {"points": [[-7, 7]] * MAX_N, "k": MAX_N}},
    {
        "tag": "max n, one point repeated and one farther",
        "args": {"points": [[-7, 7]] * (MAX_N - 1) + [[0, 10]], "k": MAX_N - 1},
    },
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        coord = st.integers(-6, 6) if draw(st.booleans()) else st.integers(LOW, HIGH)
        points = draw(st.lists(st.lists(coord, min_size=2, max_size=2), min_size=1, max_size=12))
    else:  # long lists: Hypothesis alone rarely draws them
        rng = random.Random(draw(st.integers(0, 2**32)))
        spread = draw(st.sampled_from([HIGH, 100, 3]))
        points = _random_points(rng, draw(st.integers(1, MAX_N)), -spread, spread)
    k = draw(st.integers(1, len(points)))
    return {"points": points, "k": _fixed_k(points, k)}


def inputs():
    return _inputs()


def valid(args):
    points, k = args["points"], args["k"]
    if type(points) is not list or not 1 <= len(points) <= MAX_N:
        return "points must hold 1 to 10^4 points"
    for p in points:
        if type(p) is not list or len(p) != 2 or any(type(c) is not int or not LOW <= c <= HIGH for c in p):
            return "a point is not [x, y] with -10^4 <= x, y <= 10^4"
    if type(k) is not int or not 1 <= k <= len(points):
        return "k out of range"
    if not _unique_cut(points, k):
        return "the k-th and (k+1)-th nearest points tie"
    return None


def check(args, expected, got):
    # any order; the same points as many times each, and all of them from the input
    if type(got) is not list or len(got) != len(expected):
        return False
    if any(type(p) is not list or len(p) != 2 or any(type(c) is not int for c in p) for p in got):
        return False
    taken = Counter(tuple(p) for p in got)
    if taken - Counter(tuple(p) for p in args["points"]):
        return False
    return sorted(_dist(p) for p in got) == sorted(_dist(p) for p in expected)


def large(n, rng):
    # random points, k half of them: picking the nearest k times costs n^2 / 2
    n = max(1, n)
    points = _random_points(rng, n, LOW, HIGH)
    return {"points": points, "k": _fixed_k(points, max(1, n // 2))}
