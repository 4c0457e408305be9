import random

from hypothesis import strategies as st

LOW, HIGH = 0, 10**5
MAX_LEN = 2 * 10**4
# The longest rows the correctness cases use. Longer ones would only test speed, and
# the growth check does that: an O(n^2) solution must still get right answers here
# (and so be judged "too slow", not "time limit exceeded").
LONG = 1000

EXAMPLES = [
    {"args": {"height": [0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]}, "expected": 6},
    {"args": {"height": [4, 2, 0, 3, 2, 5]}, "expected": 9},
    {"args": {"height": [2, 0, 2]}, "expected": 2},
]

_rng = random.Random(42)
_RANDOM = [_rng.randint(LOW, HIGH) for _ in range(LONG)]
_SAW = [(i % 7) * 1000 for i in range(LONG)]
_MOUNTAIN = [HIGH - abs(i - LONG // 2) * 100 for i in range(LONG)]
_VALLEY = [abs(i - LONG // 2) * 100 for i in range(LONG)]
_STEPS_DOWN = [HIGH - i * 50 for i in range(LONG)] + [HIGH // 2]


def _case(tag, height):
    return {"tag": tag, "args": {"height": height}}


HIDDEN = [
    _case("single bar", [7]),
    _case("two bars", [3, 3]),
    _case("single zero", [0]),
    _case("all zeros", [0, 0, 0, 0]),
    _case("all equal", [4, 4, 4, 4, 4]),
    _case("increasing", [0, 1, 2, 3, 4, 5]),
    _case("decreasing", [5, 4, 3, 2, 1, 0]),
    _case("peak in the middle holds nothing", [1, 2, 3, 2, 1]),
    _case("tallest bar holds nothing", [1, 5, 1]),
    _case("lower right wall sets the level", [5, 0, 3]),
    _case("lower left wall sets the level", [2, 0, 0, 6]),
    _case("tallest bar at an end", [9, 1, 2, 1, 3]),
    _case("small peak inside a basin", [5, 1, 3, 1, 5]),
    _case("two basins of different depths", [3, 0, 3, 1, 0, 1]),
    _case("flat tops on both sides", [3, 3, 0, 3, 3]),
    _case("zeros at both ends", [0, 2, 0, 2, 0]),
    _case("staircase down then a wall", [6, 4, 2, 0, 7]),
    _case("tallest possible walls", [HIGH, 0, HIGH]),
    _case("long, walls at both ends", [HIGH] + [0] * (LONG - 2) + [HIGH]),
    _case("long, random", _RANDOM),
    _case("long, sawtooth", _SAW),
    _case("long, mountain", _MOUNTAIN),
    _case("long, valley", _VALLEY),
    _case("long, steps down then a lower wall", _STEPS_DOWN),
]


@st.composite
def _inputs(draw):
    kind = draw(st.integers(0, 2))
    if kind == 0:  # low bars: many dips and ties
        return {"height": draw(st.lists(st.integers(0, 5), min_size=1, max_size=14))}
    if kind == 1:
        return {"height": draw(st.lists(st.integers(LOW, HIGH), min_size=1, max_size=20))}
    # long rows: Hypothesis alone rarely draws them
    size = draw(st.integers(1, LONG))
    top = draw(st.sampled_from([1, 10, HIGH]))
    rng = random.Random(draw(st.integers(0, 2**32)))
    return {"height": [rng.randint(LOW, top) for _ in range(size)]}


def inputs():
    return _inputs()


def valid(args):
    height = args["height"]
    if type(height) is not list or not 1 <= len(height) <= MAX_LEN:
        return "length out of range"
    if any(type(h) is not int or not LOW <= h <= HIGH for h in height):
        return "height out of range"
    return None


def large(n, rng):
    # Random bars: the tallest bar on either side of a position is rarely next to it,
    # so a scan outwards from every position reads the whole row.
    return {"height": [rng.randint(LOW, HIGH) for _ in range(n)]}
