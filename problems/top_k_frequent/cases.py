import random
from collections import Counter

from hypothesis import strategies as st

LOW, HIGH = -(10**4), 10**4
MAX_LEN = 10**5
# The longest lists the correctness cases use. Longer ones would only test speed, and
# the growth check does that: an O(n^2) solution must still get right answers here
# (and so be judged "too slow", not "time limit exceeded").
LONG = 2500

EXAMPLES = [
    {"args": {"nums": [1, 1, 1, 2, 2, 3], "k": 2}, "expected": [1, 2]},
    {"args": {"nums": [1], "k": 1}, "expected": [1]},
    {"args": {"nums": [4, -1, 4, -1, 7, -1], "k": 1}, "expected": [-1]},
]


def _with_counts(pairs, seed):
    """A shuffled list holding each (value, count) pair's value count times."""
    nums = [v for v, c in pairs for _ in range(c)]
    random.Random(seed).shuffle(nums)
    return nums


# Long: 100 values occurring 3 times, the rest once; the 100 are the answer.
_LONG_RNG = random.Random(347)
_LONG_VALUES = _LONG_RNG.sample(range(LOW, HIGH + 1), 100 + (LONG - 300))
_LONG_TOP = _with_counts([(v, 3) for v in _LONG_VALUES[:100]] + [(v, 1) for v in _LONG_VALUES[100:]], 1)
# Long: one value fills almost all of the list.
_LONG_ONE = _with_counts([(HIGH, LONG - 2), (LOW, 1), (0, 1)], 2)
# Long: counts 1..70, every value distinct in count; k = 35.
_STAIRS = _with_counts([(v * 7 - 200, v) for v in range(1, 71)], 3)

HIDDEN = [
    {"tag": "single element", "args": {"nums": [-10000], "k": 1}},
    {"tag": "one value repeated", "args": {"nums": [5, 5, 5, 5], "k": 1}},
    {"tag": "k equals distinct count", "args": {"nums": [3, 1, 2, 2, 1, 3, 4], "k": 4}},
    {"tag": "all distinct, k = n", "args": {"nums": [9, -9, 0, 4, -4], "k": 5}},
    {"tag": "least frequent must be left out", "args": {"nums": [1, 2, 2, 3, 3, 3, 4, 4, 4, 4], "k": 3}},
    {"tag": "frequent values are the small ones", "args": {"nums": [1, 1, 1, 2, 2, 50, 60, 70], "k": 2}},
    {"tag": "frequent value appears last", "args": {"nums": [8, 6, 7, 5, 3, 3, 3], "k": 1}},
    {"tag": "ties below the cut", "args": {"nums": [2, 2, 2, 7, 7, 1, 3, 5, 9], "k": 2}},
    {"tag": "more than one value at top count", "args": {"nums": [4, 4, 6, 6, 8, 8, 1], "k": 3}},
    {"tag": "negative values", "args": {"nums": [-1, -1, -2, -2, -2, -3], "k": 2}},
    {"tag": "extreme values", "args": {"nums": [LOW, HIGH, HIGH, LOW, LOW, 0], "k": 2}},
    {"tag": "count equals a value", "args": {"nums": [1, 3, 3, 3, 2, 2, 4], "k": 2}},
    {"tag": "k = 1 among many", "args": {"nums": [1, 2, 3, 4, 5, 6, 7, 8, 9, 7], "k": 1}},
    {"tag": "long, one value dominates", "args": {"nums": _LONG_ONE, "k": 1}},
    {"tag": "long, k = 3", "args": {"nums": _LONG_ONE, "k": 3}},
    {"tag": "long, 100 repeated values", "args": {"nums": _LONG_TOP, "k": 100}},
    {"tag": "long, every count different", "args": {"nums": _STAIRS, "k": 35}},
]


def _valid_ks(nums):
    counts = sorted(Counter(nums).values(), reverse=True)
    return [k for k in range(1, len(counts) + 1) if k == len(counts) or counts[k - 1] > counts[k]]


@st.composite
def _inputs(draw):
    kind = draw(st.integers(0, 2))
    if kind == 0:  # small values: many repeats
        nums = draw(st.lists(st.integers(-6, 6), min_size=1, max_size=20))
    elif kind == 1:
        pool = draw(st.lists(st.integers(LOW, HIGH), min_size=1, max_size=8, unique=True))
        nums = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=30))
    else:  # long lists: Hypothesis alone rarely draws them
        size = draw(st.integers(1, LONG))
        rng = random.Random(draw(st.integers(0, 2**32)))
        distinct = rng.randint(1, min(size, HIGH - LOW + 1))
        pool = rng.sample(range(LOW, HIGH + 1), distinct)
        weights = [rng.random() ** 3 for _ in pool]
        nums = pool + rng.choices(pool, weights, k=size - distinct)
        rng.shuffle(nums)
    k = draw(st.sampled_from(_valid_ks(nums)))
    return {"nums": nums, "k": k}


def inputs():
    return _inputs()


def valid(args):
    nums, k = args["nums"], args["k"]
    if not 1 <= len(nums) <= MAX_LEN:
        return "length out of range"
    if any(not LOW <= v <= HIGH for v in nums):
        return "value out of range"
    if not 1 <= k <= len(set(nums)):
        return "k out of range"
    if k not in _valid_ks(nums):
        return "the k-th place is tied: the answer is not unique"
    return None


def large(n, rng):
    # A tenth of the values occur twice (the answer), the rest once: about 0.9 n
    # distinct values, so per-value scans cost O(n^2).
    top = n // 10
    distinct = n - top
    span = range(LOW, HIGH + 1) if distinct <= HIGH - LOW + 1 else range(-n, n + 1)
    values = rng.sample(span, distinct)
    nums = values + values[:top]
    rng.shuffle(nums)
    return {"nums": nums, "k": top if top else distinct}


def check(args, expected, got):
    if type(got) is not list or len(got) != len(expected):
        return False
    if any(type(v) is not int for v in got):
        return False
    return len(set(got)) == len(got) and set(got) == set(expected)
