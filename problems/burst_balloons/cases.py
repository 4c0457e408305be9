import random

from hypothesis import strategies as st

MAX_LEN = 300
MAX_VALUE = 100

EXAMPLES = [
    {"args": {"nums": [3, 1, 5, 8]}, "expected": 167},
    {"args": {"nums": [1, 5]}, "expected": 10},
]


def _random(rng, n, low=0, high=MAX_VALUE):
    return [rng.randint(low, high) for _ in range(n)]


_rng = random.Random(312)

HIDDEN = [
    {"tag": "one balloon", "args": {"nums": [7]}},
    {"tag": "one balloon, zero", "args": {"nums": [0]}},
    {"tag": "two equal balloons", "args": {"nums": [100, 100]}},
    {"tag": "three balloons, big one in the middle", "args": {"nums": [2, 9, 2]}},
    {"tag": "small ones first is not best", "args": {"nums": [9, 1, 1, 9, 1]}},
    {"tag": "zeros only", "args": {"nums": [0, 0, 0]}},
    {"tag": "zero between big ones", "args": {"nums": [5, 0, 5]}},
    {"tag": "all ones", "args": {"nums": [1] * 10}},
    {"tag": "rising", "args": {"nums": list(range(1, 13))}},
    {"tag": "falling", "args": {"nums": list(range(12, 0, -1))}},
    {"tag": "largest values at the ends", "args": {"nums": [100, 1, 2, 3, 100]}},
    {"tag": "largest value last", "args": {"nums": [2, 3, 4, 100]}},
    {"tag": "smallest and largest", "args": {"nums": [0, 100, 0, 100, 0]}},
    {"tag": "small random", "args": {"nums": _random(_rng, 9)}},
    {"tag": "max length, all the largest value", "args": {"nums": [MAX_VALUE] * MAX_LEN}},
    {"tag": "max length, random", "args": {"nums": _random(_rng, MAX_LEN)}},
    {
        "tag": "max length, zeros and hundreds",
        "args": {"nums": [_rng.choice([0, 100]) for _ in range(MAX_LEN)]},
    },
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        value = st.integers(0, MAX_VALUE) | st.sampled_from([0, 1, 2, MAX_VALUE])
        return {"nums": draw(st.lists(value, min_size=1, max_size=8))}
    # long rows from a drawn size and seed: Hypothesis alone rarely draws them. Most stay
    # short, as a call at 300 balloons costs the reference half a second
    short = st.integers(1, 60)
    n = draw(st.one_of(short, short, short, st.integers(1, MAX_LEN)))
    rng = random.Random(draw(st.integers(0, 2**32)))
    high = rng.choice([1, 3, MAX_VALUE])
    return {"nums": _random(rng, n, 0, high)}


def inputs():
    return _inputs()


def valid(args):
    nums = args["nums"]
    if type(nums) is not list or not 1 <= len(nums) <= MAX_LEN:
        return "length out of range"
    if any(type(v) is not int or not 0 <= v <= MAX_VALUE for v in nums):
        return "a value out of range"
    return None


def large(n, rng):
    # no zeros: every gap and every last balloon is worth weighing
    return {"nums": _random(rng, max(1, n), 1, MAX_VALUE)}
