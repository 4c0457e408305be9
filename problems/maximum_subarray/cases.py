import random

from hypothesis import strategies as st

LOW, HIGH = -10_000, 10_000
MAX_LEN = 100_000  # the constraint
TEST_LEN = 1_000  # longest list in hidden cases and generated inputs (see statement Notes)

EXAMPLES = [
    {"args": {"nums": [3, -4, 2, -1, 5, -6, 1]}, "expected": 6},
    {"args": {"nums": [-3, -1, -2]}, "expected": -1},
    {"args": {"nums": [4, -1, 2, 1]}, "expected": 6},
]

_rng = random.Random(53)
_RANDOM_LONG = [_rng.randint(LOW, HIGH) for _ in range(TEST_LEN)]
_MOSTLY_NEGATIVE = [_rng.randint(LOW, 100) for _ in range(TEST_LEN)]

HIDDEN = [
    {"tag": "single negative", "args": {"nums": [-7]}},
    {"tag": "single maximum value", "args": {"nums": [HIGH]}},
    {"tag": "single zero", "args": {"nums": [0]}},
    {"tag": "all negative, best last", "args": {"nums": [-5, -4, -9, -2]}},
    {"tag": "all negative, best first", "args": {"nums": [-1, -4, -9, -2]}},
    {"tag": "zeros and negatives", "args": {"nums": [0, -1, 0, -3]}},
    {"tag": "best at the start", "args": {"nums": [8, -10, 1, 2]}},
    {"tag": "best at the end", "args": {"nums": [1, -10, 3, 4]}},
    {"tag": "positive first, then a big drop", "args": {"nums": [4, -10]}},
    {"tag": "two elements, negative first", "args": {"nums": [-1, 2]}},
    {"tag": "crossing a small dip pays", "args": {"nums": [5, -1, 5]}},
    {"tag": "gaps are not allowed", "args": {"nums": [3, -5, 3]}},
    {"tag": "running total ends below best", "args": {"nums": [5, -3, -3, 1]}},
    {"tag": "running total drops to zero", "args": {"nums": [2, -2, 3]}},
    {"tag": "whole list", "args": {"nums": [2, -1, 2, -1, 2]}},
    {"tag": "equal halves split by a big negative", "args": {"nums": [5, 5, -11, 6, 4]}},
    {"tag": "long, all minimum", "args": {"nums": [LOW] * TEST_LEN}},
    {"tag": "long, all maximum", "args": {"nums": [HIGH] * TEST_LEN}},
    {"tag": "long, alternating extremes", "args": {"nums": [HIGH, LOW] * (TEST_LEN // 2)}},
    {"tag": "long, random", "args": {"nums": _RANDOM_LONG}},
    {"tag": "long, mostly negative", "args": {"nums": _MOSTLY_NEGATIVE}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        bound = draw(st.sampled_from([3, 20, HIGH]))
        nums = draw(st.lists(st.integers(max(LOW, -bound), min(HIGH, bound)), min_size=1, max_size=30))
    else:  # long lists: Hypothesis alone rarely draws them
        size = draw(st.integers(1, TEST_LEN))
        rng = random.Random(draw(st.integers(0, 2**32)))
        low, high = draw(st.sampled_from([(LOW, HIGH), (LOW, -1), (LOW, 500), (-500, HIGH), (0, HIGH)]))
        nums = [rng.randint(low, high) for _ in range(size)]
    return {"nums": nums}


def inputs():
    return _inputs()


def valid(args):
    nums = args["nums"]
    if type(nums) is not list or not 1 <= len(nums) <= MAX_LEN:
        return "length out of range"
    if any(type(v) is not int or not LOW <= v <= HIGH for v in nums):
        return "value out of range"
    return None


def large(n, rng):
    return {"nums": [rng.randint(LOW, HIGH) for _ in range(n)]}
