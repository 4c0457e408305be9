import random
from collections import Counter

from hypothesis import strategies as st

LOW, HIGH = -(10**9), 10**9
MAX_LEN = 10_000

EXAMPLES = [
    {"args": {"nums": [2, 7, 11, 15], "target": 9}, "expected": [0, 1]},
    {"args": {"nums": [3, 2, 4], "target": 6}, "expected": [1, 2]},
    {"args": {"nums": [3, 3], "target": 6}, "expected": [0, 1]},
]


def _complement_range(target):
    """The values a for which both a and target - a lie in [LOW, HIGH]."""
    return max(LOW, target - HIGH), min(HIGH, target - LOW)


def _place(others, target, a, i, j):
    """`others` with a at position i and target - a at position j, after dropping
    every other value that would make a second pair adding up to target."""
    b = target - a
    kept, seen = [], set()
    for x in others:
        if x == a or x == b or target - x in seen:
            continue
        kept.append(x)
        seen.add(x)
    n = len(kept) + 2
    i, j = sorted((min(i, n - 1), min(j, n - 1)))
    if i == j:
        i, j = (i - 1, j) if i else (i, j + 1)
    kept.insert(i, a)
    kept.insert(j, b)
    return kept


def _build(rng, n, target, a, i, j, spread):
    """n values, the other n - 2 drawn from [-spread, spread], with a and target - a at
    positions i and j and no other pair adding up to target."""
    b = target - a
    lo, hi = max(LOW, -spread), min(HIGH, spread)
    others, seen = [], set()
    while len(others) < n - 2:
        x = rng.randint(lo, hi)
        if x == a or x == b or target - x in seen:
            continue
        others.append(x)
        seen.add(x)
    return _place(others, target, a, i, j)


_r = random.Random(1)
_ENDS = _build(_r, MAX_LEN, 123_456, 100_000, 0, MAX_LEN - 1, HIGH)
_LAST_TWO = _build(_r, MAX_LEN, -999_999_999, -1, MAX_LEN - 2, MAX_LEN - 1, HIGH)
_SMALL_RANGE = _build(_r, MAX_LEN, 7, 3, 4321, 77, 50)
_HALVES = _build(_r, MAX_LEN, 2 * 777_777_777 - HIGH, 777_777_777 - HIGH // 2, 6000, 6001, HIGH)
_HALF_FIRST = _place([500] + [_r.randint(-9000, 9000) for _ in range(2 * MAX_LEN)], 1000, 999, 7000, 3)[:MAX_LEN]
_TWIN = _build(_r, MAX_LEN, -2_000_000, -1_000_000, 17, 9000, 10**6)

HIDDEN = [
    {"tag": "two elements, negative", "args": {"nums": [-3, -4], "target": -7}},
    {"tag": "two equal elements", "args": {"nums": [-8, -8], "target": -16}},
    {"tag": "half of target appears once", "args": {"nums": [5, 1, 9], "target": 10}},
    {"tag": "half of target comes first", "args": {"nums": [4, 1, 7], "target": 8}},
    {"tag": "half of target first, negatives", "args": {"nums": [-6, 2, -10, -2], "target": -12}},
    {"tag": "pair at both ends", "args": {"nums": [4, 10, 20, 30, 6], "target": 10}},
    {"tag": "pair includes the last element", "args": {"nums": [1, 2, 3, 4, 5], "target": 9}},
    {"tag": "zeros", "args": {"nums": [0, 4, 3, 0], "target": 0}},
    {"tag": "negative target", "args": {"nums": [-1, -2, -3, -4, -5], "target": -8}},
    {"tag": "mixed signs", "args": {"nums": [-10, 7, 19, 15, -3], "target": 4}},
    {"tag": "extreme values cancel", "args": {"nums": [HIGH, LOW, 5], "target": 0}},
    {"tag": "target at upper bound", "args": {"nums": [7, 0, HIGH], "target": HIGH}},
    {"tag": "target at lower bound", "args": {"nums": [LOW, 3, 0, 8], "target": LOW}},
    {"tag": "unsorted, positions differ from sorted", "args": {"nums": [9, 1, 5, 3], "target": 8}},
    {"tag": "duplicate value is the answer", "args": {"nums": [1, 6, 3, 6], "target": 12}},
    {"tag": "duplicates not in the answer", "args": {"nums": [2, 2, 2, 11, 7], "target": 18}},
    {"tag": "larger position first in value order", "args": {"nums": [50, 40, 30, 20, 10], "target": 30}},
    {"tag": "max length, pair at both ends", "args": {"nums": _ENDS, "target": 123_456}},
    {"tag": "max length, pair is the last two", "args": {"nums": _LAST_TWO, "target": -999_999_999}},
    {"tag": "max length, many duplicates", "args": {"nums": _SMALL_RANGE, "target": 7}},
    {"tag": "max length, adjacent pair in the middle",
     "args": {"nums": _HALVES, "target": 2 * 777_777_777 - HIGH}},
    {"tag": "max length, half of target at the front", "args": {"nums": _HALF_FIRST, "target": 1000}},
    {"tag": "max length, answer is a repeated value", "args": {"nums": _TWIN, "target": -2_000_000}},
]

_small = st.integers(-10, 10)


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        target = draw(st.one_of(_small, st.integers(LOW, HIGH)))
        lo, hi = _complement_range(target)
        a = draw(st.one_of(st.integers(max(lo, -10), min(hi, 10)), st.integers(lo, hi)))
        others = draw(st.lists(st.one_of(_small, st.integers(LOW, HIGH)), max_size=30))
        i = draw(st.integers(0, len(others) + 1))
        j = draw(st.integers(0, len(others) + 1))
        nums = _place(others, target, a, i, j)
    else:  # long lists: Hypothesis alone rarely draws them
        size = draw(st.integers(2, MAX_LEN))
        seed = draw(st.integers(0, 2**32))
        rng = random.Random(seed)
        spread = rng.choice([10, 1000, HIGH])
        target = rng.randint(-2 * spread, 2 * spread)
        target = max(LOW, min(HIGH, target))
        lo, hi = _complement_range(target)
        a = rng.randint(max(lo, -spread), min(hi, spread))
        i = rng.choice([0, size - 1, rng.randrange(size)])
        j = rng.choice([0, size - 1, rng.randrange(size)])
        nums = _build(rng, size, target, a, i, j, spread)
    return {"nums": nums, "target": target}


def inputs():
    return _inputs()


def _pairs(nums, target):
    """How many pairs of positions i < j have nums[i] + nums[j] == target."""
    count = Counter(nums)
    twice = 0  # ordered pairs
    for v, c in count.items():
        w = target - v
        twice += c * (c - 1) if w == v else c * count.get(w, 0)
    return twice // 2


def valid(args):
    nums, target = args["nums"], args["target"]
    if type(nums) is not list or type(target) is not int:
        return "wrong types"
    if not 2 <= len(nums) <= MAX_LEN:
        return "length out of range"
    if any(type(v) is not int or not LOW <= v <= HIGH for v in nums) or not LOW <= target <= HIGH:
        return "value out of range"
    pairs = _pairs(nums, target)
    if pairs != 1:
        return f"{pairs} pairs add up to target, not exactly one"
    return None


def large(n, rng):
    # Distinct even values and one odd value at the end: the only odd sum, hence the
    # only pair, is the last two. The worst case for a scan of pairs.
    n = max(n, 2)
    start = 2 * rng.randrange(-(10**6), 10**6)
    nums = list(range(start, start + 2 * (n - 1), 2))
    odd = 2 * rng.randrange(-1000, 1000) + 1
    nums.append(odd)
    return {"nums": nums, "target": nums[-2] + odd}


def check(args, expected, got):
    """Two distinct valid positions whose values add up to target, in either order."""
    nums, target = args["nums"], args["target"]
    if type(got) is not list or len(got) != 2:
        return False
    i, j = got
    if type(i) is not int or type(j) is not int or i == j:
        return False
    if not (0 <= i < len(nums) and 0 <= j < len(nums)):
        return False
    return nums[i] + nums[j] == target
