import random

from hypothesis import strategies as st

MAX_N = 1000
LOW, HIGH = -(10**6), 10**6

EXAMPLES = [
    {"args": {"points": [[0, 0], [2, 2], [3, 10], [5, 2], [7, 0]]}, "expected": 20},
    {"args": {"points": [[3, 12], [-2, 5], [-4, 1]]}, "expected": 18},
    {"args": {"points": [[5, 5]]}, "expected": 0},
]


def _random_points(n, rng, low=LOW, high=HIGH):
    seen = set()
    while len(seen) < n:
        seen.add((rng.randint(low, high), rng.randint(low, high)))
    out = [list(p) for p in seen]
    rng.shuffle(out)
    return out


def _clusters(n, rng, centres):
    """n points in small clusters around far-apart centres: a few long links are needed."""
    seen = set()
    while len(seen) < n:
        cx, cy = rng.choice(centres)
        seen.add((cx + rng.randint(-50, 50), cy + rng.randint(-50, 50)))
    return [list(p) for p in seen]


def _grid(side, step):
    return [[x * step, y * step] for x in range(side) for y in range(side)]


def _case(tag, points):
    return {"tag": tag, "args": {"points": points}}


_FAR = [[LOW + 50, 0], [0, HIGH - 50], [HIGH - 50, 0]]  # cluster centres, 50 inside the box
_CORNERS = [[LOW, LOW], [LOW, HIGH], [HIGH, LOW], [HIGH, HIGH]]

HIDDEN = [
    _case("two points", [[0, 0], [1, 1]]),
    _case("two points at opposite corners", [[LOW, LOW], [HIGH, HIGH]]),
    _case("the four corners", _CORNERS),
    _case("one negative point", [[-1000000, 3]]),
    _case("a line on the x axis, out of order", [[5, 0], [1, 0], [9, 0], [2, 0], [7, 0]]),
    _case("a vertical line", [[0, y] for y in (8, -3, 0, 21, 5)]),
    _case("a 3 x 3 grid, every link ties", _grid(3, 1)),
    _case("nearest neighbours would make two islands", [[0, 0], [1, 0], [10, 0], [11, 0]]),
    _case("cheapest links would close a triangle", [[0, 0], [2, 0], [1, 1], [9, 9]]),
    _case("a point far from a tight group", [[0, 0], [0, 1], [1, 0], [1, 1], [500, -500]]),
    _case("a link found later is cheaper", [[0, 0], [10, 0], [10, 1], [20, 1], [0, 2]]),
    _case("a diamond", [[0, 2], [2, 0], [0, -2], [-2, 0], [0, 0]]),
    _case("max n, random points", _random_points(MAX_N, random.Random(1))),
    _case("max n, a tight square", _random_points(MAX_N, random.Random(2), 0, 40)),
    _case("max n, three far clusters", _clusters(MAX_N, random.Random(3), _FAR)),
    _case("max n, a shuffled line", random.Random(4).sample([[x, 2 * x] for x in range(-500, 500)], MAX_N)),
    _case("max n, a grid", _grid(31, 1000) + [[LOW + i, HIGH] for i in range(MAX_N - 961)]),
    _case(
        "max n, near the corners",
        _clusters(MAX_N, random.Random(5), [[LOW + 50, LOW + 50], [HIGH - 50, HIGH - 50]]),
    ),
]


@st.composite
def _small(draw):
    coord = st.one_of(st.integers(-10, 10), st.integers(LOW, HIGH))
    pts = draw(st.lists(st.tuples(coord, coord), min_size=1, max_size=12, unique=True))
    return {"points": [list(p) for p in pts]}


@st.composite
def _large(draw):
    n = draw(st.integers(1, MAX_N))
    rng = random.Random(draw(st.integers(0, 2**32)))
    span = draw(st.sampled_from([40, 10**4, HIGH]))
    return {"points": _random_points(n, rng, max(LOW, -span), span)}


def inputs():
    # one input in three is large: the hidden cases hold the largest sizes already, and
    # an O(n^2 log n) solution takes seconds on each of them
    return st.one_of(_small(), _small(), _large())


def valid(args):
    points = args["points"]
    if not 1 <= len(points) <= MAX_N:
        return "number of points out of range"
    seen = set()
    for p in points:
        if type(p) is not list or len(p) != 2 or any(type(v) is not int for v in p):
            return "a point must be two integers"
        if not (LOW <= p[0] <= HIGH and LOW <= p[1] <= HIGH):
            return "coordinate out of range"
        seen.add(tuple(p))
    if len(seen) != len(points):
        return "repeated point"
    return None


def large(n, rng):
    # random points: every approach reads all n^2 / 2 distances whatever the shape
    return {"points": _random_points(max(1, n), rng)}
