import random
from itertools import pairwise

from hypothesis import strategies as st

LOW, HIGH = -10_000, 10_000
MAX_LEN = 5000

EXAMPLES = [
    {"args": {"nums": [4, 5, 6, 7, 0, 1, 2], "target": 0}, "expected": 4},
    {"args": {"nums": [4, 5, 6, 7, 0, 1, 2], "target": 3}, "expected": -1},
    {"args": {"nums": [1], "target": 0}, "expected": -1},
    {"args": {"nums": [6, 8, 1, 3], "target": 8}, "expected": 1},
]


def _rotated(values, k):
    return values[k:] + values[:k]


_BASE = list(range(LOW, LOW + 4 * MAX_LEN, 4))  # 5000 values, all in range
_HALF = _rotated(_BASE, 2500)
_NEAR_END = _rotated(_BASE, MAX_LEN - 1)  # the largest value comes first
_ODD = [-7, -3, 0, 4, 8, 15, 23]

HIDDEN = [
    {"tag": "single element, present", "args": {"nums": [5], "target": 5}},
    {"tag": "two elements, rotated, second", "args": {"nums": [3, 1], "target": 1}},
    {"tag": "two elements, rotated, first", "args": {"nums": [3, 1], "target": 3}},
    {"tag": "two elements, rotated, absent", "args": {"nums": [3, 1], "target": 2}},
    {"tag": "not rotated, first", "args": {"nums": _ODD, "target": -7}},
    {"tag": "not rotated, last", "args": {"nums": _ODD, "target": 23}},
    {"tag": "not rotated, middle", "args": {"nums": _ODD, "target": 4}},
    {"tag": "rotated by one, smallest at the end", "args": {"nums": _rotated(_ODD, 1), "target": -7}},
    {"tag": "largest first, target it", "args": {"nums": _rotated(_ODD, 6), "target": 23}},
    {"tag": "target at the rotation point", "args": {"nums": _rotated(_ODD, 3), "target": -7}},
    {"tag": "target just before the rotation point", "args": {"nums": _rotated(_ODD, 3), "target": 23}},
    {"tag": "target equals the first element", "args": {"nums": _rotated(_ODD, 4), "target": 8}},
    {"tag": "target equals the last element", "args": {"nums": _rotated(_ODD, 4), "target": 4}},
    {"tag": "absent, inside the value range", "args": {"nums": _rotated(_ODD, 2), "target": 5}},
    {"tag": "absent, below every value", "args": {"nums": _rotated(_ODD, 5), "target": -100}},
    {"tag": "absent, above every value", "args": {"nums": _rotated(_ODD, 5), "target": 100}},
    {"tag": "extreme values", "args": {"nums": [HIGH, LOW], "target": LOW}},
    {"tag": "max length, rotated in half, left part", "args": {"nums": _HALF, "target": _HALF[1234]}},
    {"tag": "max length, rotated in half, right part", "args": {"nums": _HALF, "target": _HALF[4321]}},
    {"tag": "max length, absent", "args": {"nums": _HALF, "target": _HALF[100] + 1}},
    {"tag": "max length, largest first, smallest wanted", "args": {"nums": _NEAR_END, "target": _BASE[0]}},
    {"tag": "max length, not rotated, last", "args": {"nums": _BASE, "target": _BASE[-1]}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        values = draw(st.lists(st.integers(LOW, HIGH), min_size=1, max_size=30, unique=True))
    else:  # long lists: Hypothesis alone rarely draws them
        size = draw(st.integers(1, MAX_LEN))
        seed = draw(st.integers(0, 2**32))
        values = random.Random(seed).sample(range(LOW, HIGH + 1), size)
    values.sort()
    k = draw(st.integers(0, len(values) - 1))
    nums = _rotated(values, k)
    target = draw(st.one_of(st.sampled_from(nums), st.integers(LOW, HIGH)))
    return {"nums": nums, "target": target}


def inputs():
    return _inputs()


def valid(args):
    nums, target = args["nums"], args["target"]
    if type(nums) is not list or not 1 <= len(nums) <= MAX_LEN:
        return "length out of range"
    if any(type(v) is not int or not LOW <= v <= HIGH for v in [*nums, target]):
        return "value out of range"
    if len(set(nums)) != len(nums):
        return "values are not distinct"
    drops = sum(a > b for a, b in pairwise(nums))
    if drops > 1 or (drops == 1 and nums[-1] > nums[0]):
        return "nums is not a rotated increasing list"
    return None


def large(n, rng):
    start = rng.randrange(-(10**6), 10**6)
    values = list(range(start, start + 2 * n, 2))
    k = rng.randrange(n)
    nums = values[k:] + values[:k]
    # the target sits near the middle of nums, present or just absent, so a scan from
    # either end reads at least a third of the list
    middle = nums[n // 2 + rng.randrange(-(n // 8), n // 8 + 1)]
    return {"nums": nums, "target": middle if rng.random() < 0.5 else middle + 1}
