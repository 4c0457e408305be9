import random

from hypothesis import strategies as st

LOW, HIGH = -10_000, 10_000
MAX_LEN = 100_000
# Beyond this length, generated inputs pick k near one end of the order: a middle k on
# a list that long is covered by the hidden cases and the growth check.
MIDDLE_K_MAX_LEN = 3_000


def _random(n, seed, low=LOW, high=HIGH):
    rng = random.Random(seed)
    return [rng.randint(low, high) for _ in range(n)]


EXAMPLES = [
    {"args": {"nums": [4, 1, 7, 3, 9, 2], "k": 2}, "expected": 7},
    {"args": {"nums": [6, 2, 6, 8, 2, 8, 1, 5], "k": 4}, "expected": 6},
    {"args": {"nums": [-3], "k": 1}, "expected": -3},
]

HIDDEN = [
    {"tag": "single element, lowest value", "args": {"nums": [LOW], "k": 1}},
    {"tag": "two elements, k = 2", "args": {"nums": [5, 9], "k": 2}},
    {"tag": "two equal elements", "args": {"nums": [4, 4], "k": 2}},
    {"tag": "k = len, smallest repeated", "args": {"nums": [3, -1, 2, -1], "k": 4}},
    {"tag": "largest value repeated", "args": {"nums": [9, 9, 9, 1, 2], "k": 3}},
    {"tag": "repeats on both sides of the answer", "args": {"nums": [2, 2, 3, 3, 3, 1], "k": 4}},
    {"tag": "negatives only", "args": {"nums": [-5, -1, -9, -3], "k": 2}},
    {"tag": "extreme values", "args": {"nums": [HIGH, LOW, 0, HIGH, LOW], "k": 3}},
    {"tag": "all equal, middle k", "args": {"nums": [7] * 1000, "k": 500}},
    {"tag": "median of 3001 values", "args": {"nums": _random(3001, 1), "k": 1501}},
    {"tag": "median of 3000 values in 3 distinct", "args": {"nums": _random(3000, 2, -1, 1), "k": 1500}},
    {"tag": "max length, k = 1", "args": {"nums": _random(MAX_LEN, 3), "k": 1}},
    {"tag": "max length, k = len", "args": {"nums": _random(MAX_LEN, 4), "k": MAX_LEN}},
    {"tag": "max length, ascending, k = 2", "args": {"nums": sorted(_random(MAX_LEN, 5)), "k": 2}},
    {"tag": "max length, descending, k = len - 1",
     "args": {"nums": sorted(_random(MAX_LEN, 6), reverse=True), "k": MAX_LEN - 1}},
    {"tag": "max length, all equal", "args": {"nums": [HIGH] * MAX_LEN, "k": MAX_LEN}},
    {"tag": "max length, three distinct values", "args": {"nums": _random(MAX_LEN, 7, -1, 1), "k": 50}},
    {"tag": "max length, k near the end", "args": {"nums": _random(MAX_LEN, 8), "k": MAX_LEN - 49}},
    {"tag": "max length, only the two extremes",
     "args": {"nums": [HIGH if v else LOW for v in _random(MAX_LEN, 9, 0, 1)], "k": MAX_LEN - 5}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):  # short lists drawn element by element: shrink well
        values = draw(st.sampled_from([st.integers(LOW, HIGH), st.integers(-3, 3)]))
        nums = draw(st.lists(values, min_size=1, max_size=30))
        k = draw(st.integers(1, len(nums)))
        return {"nums": nums, "k": k}
    n = draw(st.integers(1, MAX_LEN))
    low, high = draw(st.sampled_from([(LOW, HIGH), (-5, 5), (HIGH, HIGH), (LOW, LOW + 100)]))
    nums = _random(n, draw(st.integers(0, 2**32)), low, high)
    if n <= MIDDLE_K_MAX_LEN:
        k = draw(st.integers(1, n))
    else:
        k = draw(st.one_of(st.integers(1, 50), st.integers(n - 49, n)))
    return {"nums": nums, "k": k}


def inputs():
    return _inputs()


def valid(args):
    nums, k = args["nums"], args["k"]
    if type(nums) is not list or not 1 <= len(nums) <= MAX_LEN:
        return "length out of range"
    if any(type(v) is not int or not LOW <= v <= HIGH for v in nums):
        return "value out of range"
    if type(k) is not int or not 1 <= k <= len(nums):
        return "k out of range"
    return None


def large(n, rng):
    n = max(1, n)
    return {"nums": [rng.randint(LOW, HIGH) for _ in range(n)], "k": max(1, n // 2)}
