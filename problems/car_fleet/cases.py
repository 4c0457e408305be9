import random

from hypothesis import strategies as st

MAX_N = 10**5
MAX_TARGET = 10**6
MAX_SPEED = 10**6
LONG = 50_000  # cars in the longest hidden cases: two lists of them stay under 1 MB of JSON

EXAMPLES = [
    {"args": {"target": 12, "position": [10, 8, 0, 5, 3], "speed": [2, 4, 1, 1, 3]}, "expected": 3},
    {"args": {"target": 10, "position": [3], "speed": [3]}, "expected": 1},
    {"args": {"target": 100, "position": [0, 2, 4], "speed": [4, 2, 1]}, "expected": 1},
    {"args": {"target": 12, "position": [0, 6], "speed": [2, 1]}, "expected": 1},
]


def _own_fleets(rng, n, target, shuffle=True):
    """n cars, each slower to arrive than every car ahead of it: n fleets, and a car
    compared with every car ahead finds none that arrives later."""
    position = sorted(rng.sample(range(target), n), reverse=True)
    speed = sorted((rng.randint(1, 1000) for _ in range(n)), reverse=True)
    cars = list(zip(position, speed, strict=True))
    if shuffle:
        rng.shuffle(cars)
    return {"target": target, "position": [p for p, _ in cars], "speed": [s for _, s in cars]}


def _at_once(rng, n, target):
    """n cars that all need exactly one hour: one fleet, each car meeting the rest exactly
    at the destination."""
    position = rng.sample(range(target), n)
    return {"target": target, "position": position, "speed": [target - p for p in position]}


def _random_cars(rng, n, target, top_speed):
    position = rng.sample(range(target), n)
    return {"target": target, "position": position, "speed": [rng.randint(1, top_speed) for _ in range(n)]}


_RNG = random.Random(853)

HIDDEN = [
    {"tag": "one car at the start", "args": {"target": 1, "position": [0], "speed": [1]}},
    {"tag": "one car, extremes", "args": {"target": MAX_TARGET, "position": [0], "speed": [MAX_SPEED]}},
    {"tag": "two cars, never meet", "args": {"target": 10, "position": [0, 5], "speed": [1, 1]}},
    {"tag": "two cars, meet before the end", "args": {"target": 10, "position": [0, 5], "speed": [5, 1]}},
    {"tag": "meet exactly at the destination", "args": {"target": 10, "position": [6, 8], "speed": [2, 1]}},
    {
        "tag": "would meet just past the destination",
        "args": {"target": 10, "position": [5, 8], "speed": [2, 1]},
    },
    {
        "tag": "input not sorted by position",
        "args": {"target": 20, "position": [2, 18, 9, 14], "speed": [3, 1, 3, 2]},
    },
    {"tag": "faster car ahead", "args": {"target": 10, "position": [0, 5], "speed": [1, 9]}},
    {"tag": "fractional arrival times", "args": {"target": 10, "position": [0, 1], "speed": [3, 3]}},
    {"tag": "truncated times look equal", "args": {"target": 10, "position": [3, 4], "speed": [2, 2]}},
    {
        "tag": "joins a fleet led by a slower car",
        "args": {"target": 100, "position": [90, 80, 60], "speed": [1, 10, 5]},
    },
    {
        "tag": "chain caught by the last car",
        "args": {"target": 100, "position": [0, 50, 75], "speed": [100, 2, 1]},
    },
    {
        "tag": "close times, large numbers",
        "args": {"target": MAX_TARGET, "position": [0, 1], "speed": [MAX_SPEED, MAX_SPEED - 1]},
    },
    {
        "tag": "all arrive together",
        "args": {"target": 12, "position": [0, 3, 6, 9], "speed": [4, 3, 2, 1]},
    },
    {
        "tag": "same speed, all separate",
        "args": {"target": 50, "position": [1, 7, 13, 29, 44], "speed": [3] * 5},
    },
    {"tag": "position 0 and target - 1", "args": {"target": 1000, "position": [0, 999], "speed": [999, 1]}},
    {"tag": "many cars, every car its own fleet", "args": _own_fleets(_RNG, LONG, MAX_TARGET)},
    {"tag": "many cars, random", "args": _random_cars(_RNG, LONG, MAX_TARGET, 50)},
    {
        "tag": "many cars, all arrive at the same moment",
        "args": _at_once(_RNG, LONG, MAX_TARGET),
    },
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        target = draw(st.one_of(st.integers(1, 12), st.integers(1, MAX_TARGET)))
        size = draw(st.integers(1, min(8, target)))
        position = draw(st.lists(st.integers(0, target - 1), min_size=size, max_size=size, unique=True))
        top = draw(st.sampled_from([3, 10, MAX_SPEED]))
        speed = draw(st.lists(st.integers(1, top), min_size=size, max_size=size))
        return {"target": target, "position": position, "speed": speed}
    # many cars: Hypothesis alone rarely draws them
    rng = random.Random(draw(st.integers(0, 2**32)))
    target = draw(st.integers(1, MAX_TARGET))
    size = draw(st.integers(1, min(MAX_N, target)))
    return _random_cars(rng, size, target, draw(st.sampled_from([2, 10, MAX_SPEED])))


def inputs():
    return _inputs()


def valid(args):
    target, position, speed = args["target"], args["position"], args["speed"]
    if type(target) is not int or not 0 < target <= MAX_TARGET:
        return "target out of range"
    if type(position) is not list or type(speed) is not list or len(position) != len(speed):
        return "position and speed differ in length"
    if not 1 <= len(position) <= MAX_N:
        return "number of cars out of range"
    if any(type(p) is not int or not 0 <= p < target for p in position):
        return "position out of range"
    if len(set(position)) != len(position):
        return "positions are not distinct"
    if any(type(s) is not int or not 0 < s <= MAX_SPEED for s in speed):
        return "speed out of range"
    return None


def large(n, rng):
    # every car slower to arrive than all the cars ahead of it: n fleets, so comparing a
    # car with the cars ahead until one arrives later never stops early. The road is 4n
    # miles long, so a solution that indexes cars by position (O(n + target)) grows with n
    # like the others instead of paying 10^6 steps at every size
    return _own_fleets(rng, n, 4 * n)
