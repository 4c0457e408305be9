import random
from itertools import pairwise

from hypothesis import strategies as st

LOW, HIGH = -5000, 5000
MAX_LEN = 5000

EXAMPLES = [
    {"args": {"nums": [6, 8, 9, 2, 4]}, "expected": 2},
    {"args": {"nums": [5, 6, 7, 8, 0, 1, 2, 3]}, "expected": 0},
    {"args": {"nums": [10, 20, 30]}, "expected": 10},
]


def _rotated(values, k):
    return values[k:] + values[:k]


_BASE = list(range(LOW, LOW + 2 * MAX_LEN, 2))  # 5000 values, all in range
_ODD = [-7, -3, 0, 4, 8, 15, 23]
_EVEN = [-40, -12, -5, 1, 9, 30, 33, 70]

HIDDEN = [
    {"tag": "single element", "args": {"nums": [42]}},
    {"tag": "single element, lowest value", "args": {"nums": [LOW]}},
    {"tag": "two elements, in order", "args": {"nums": [1, 2]}},
    {"tag": "two elements, rotated", "args": {"nums": [2, 1]}},
    {"tag": "three elements, smallest in the middle", "args": {"nums": [3, 1, 2]}},
    {"tag": "three elements, smallest last", "args": {"nums": [2, 3, 1]}},
    {"tag": "not rotated, odd length", "args": {"nums": _ODD}},
    {"tag": "not rotated, even length", "args": {"nums": _EVEN}},
    {"tag": "smallest last (largest first)", "args": {"nums": _rotated(_ODD, 6)}},
    {"tag": "smallest second", "args": {"nums": _rotated(_EVEN, 7)}},
    {"tag": "smallest just right of the middle", "args": {"nums": _rotated(_ODD, 3)}},
    {"tag": "smallest just left of the middle", "args": {"nums": _rotated(_EVEN, 5)}},
    {"tag": "rotated by one", "args": {"nums": _rotated(_EVEN, 1)}},
    {"tag": "all negative", "args": {"nums": [-3, -2, -1, -9, -8, -7, -6]}},
    {"tag": "extreme values", "args": {"nums": [0, HIGH, LOW]}},
    {"tag": "max length, not rotated", "args": {"nums": _BASE}},
    {"tag": "max length, rotated by one", "args": {"nums": _rotated(_BASE, 1)}},
    {"tag": "max length, smallest last", "args": {"nums": _rotated(_BASE, MAX_LEN - 1)}},
    {"tag": "max length, rotated in half", "args": {"nums": _rotated(_BASE, MAX_LEN // 2)}},
    {"tag": "max length, rotated at a third", "args": {"nums": _rotated(_BASE, 1667)}},
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
    return {"nums": _rotated(values, k)}


def inputs():
    return _inputs()


def valid(args):
    nums = args["nums"]
    if type(nums) is not list or not 1 <= len(nums) <= MAX_LEN:
        return "length out of range"
    if any(type(v) is not int or not LOW <= v <= HIGH for v in nums):
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
    # the smallest value sits near the middle, so a scan for the drop from either end
    # reads at least a third of the list
    where = n // 2 + rng.randrange(-(n // 8), n // 8 + 1)
    return {"nums": _rotated(values, (n - where) % n)}
