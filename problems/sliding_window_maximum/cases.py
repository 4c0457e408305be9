import random

from hypothesis import strategies as st

LOW, HIGH = -(10**4), 10**4
MAX_LEN = 10**5

EXAMPLES = [
    {"args": {"nums": [1, 3, -1, -3, 5, 3, 6, 7], "k": 3}, "expected": [3, 3, 5, 5, 6, 7]},
    {"args": {"nums": [1], "k": 1}, "expected": [1]},
    {"args": {"nums": [9, 8, 7, 6], "k": 2}, "expected": [9, 8, 7]},
]


def _descending(n):
    """n values from HIGH down to LOW, never increasing: each window's maximum is its first
    element, the one about to leave."""
    return [HIGH - (i * (HIGH - LOW)) // max(1, n - 1) for i in range(n)]


_RNG = random.Random(239)
_RANDOM = [_RNG.randint(LOW, HIGH) for _ in range(MAX_LEN)]
_DOWN = _descending(MAX_LEN)
_FEW = [_RNG.choice([-3, 0, 3]) for _ in range(MAX_LEN)]

HIDDEN = [
    {"tag": "single element, negative", "args": {"nums": [-10000], "k": 1}},
    {"tag": "window of one", "args": {"nums": [4, -2, 7, 7, 0], "k": 1}},
    {"tag": "window is the whole list", "args": {"nums": [2, 9, -4, 9, 1], "k": 5}},
    {"tag": "all equal", "args": {"nums": [5] * 9, "k": 4}},
    {"tag": "strictly increasing", "args": {"nums": list(range(-5, 6)), "k": 3}},
    {"tag": "strictly decreasing", "args": {"nums": list(range(6, -6, -1)), "k": 3}},
    {"tag": "maximum leaves, equal value later", "args": {"nums": [7, 1, 7, 2, 1, 0], "k": 2}},
    {"tag": "repeated maximum inside the window", "args": {"nums": [3, 3, 1, 3, 0, 0, 0], "k": 3}},
    {"tag": "all negative", "args": {"nums": [-7, -3, -9, -1, -8, -2], "k": 2}},
    {"tag": "extreme values", "args": {"nums": [LOW, HIGH, LOW, LOW, HIGH], "k": 2}},
    {"tag": "maximum in the last window only", "args": {"nums": [1, 2, 1, 0, 1, 2, 10], "k": 3}},
    {"tag": "maximum first, window of all but one", "args": {"nums": [10, 1, 2, 3, 4], "k": 4}},
    {"tag": "valley", "args": {"nums": [9, 7, 5, 3, 1, 3, 5, 7, 9], "k": 4}},
    {"tag": "zigzag", "args": {"nums": [1, -1, 1, -1, 1, -1], "k": 2}},
    {"tag": "two elements, window of two", "args": {"nums": [-1, -2], "k": 2}},
    {"tag": "max length, window of one", "args": {"nums": _RANDOM, "k": 1}},
    {"tag": "max length, whole list", "args": {"nums": _RANDOM, "k": MAX_LEN}},
    {"tag": "max length, half window", "args": {"nums": _RANDOM, "k": MAX_LEN // 2}},
    {"tag": "max length, descending, half window", "args": {"nums": _DOWN, "k": MAX_LEN // 2}},
    {"tag": "max length, three values, many ties", "args": {"nums": _FEW, "k": 1000}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        element = st.one_of(st.integers(-3, 3), st.integers(LOW, HIGH))
        nums = draw(st.lists(element, min_size=1, max_size=30))
    else:  # long lists: Hypothesis alone rarely draws them
        size = draw(st.integers(1, MAX_LEN))
        rng = random.Random(draw(st.integers(0, 2**32)))
        spread = draw(st.sampled_from([3, 100, HIGH]))
        nums = [rng.randint(-spread, spread) for _ in range(size)]
        if draw(st.booleans()):
            nums.sort(reverse=draw(st.booleans()))
    k = draw(st.one_of(st.integers(1, min(4, len(nums))), st.integers(1, len(nums))))
    return {"nums": nums, "k": k}


def inputs():
    return _inputs()


def valid(args):
    nums, k = args["nums"], args["k"]
    if type(nums) is not list or not 1 <= len(nums) <= MAX_LEN:
        return "length out of range"
    if any(type(x) is not int or not LOW <= x <= HIGH for x in nums):
        return "value out of range"
    if type(k) is not int or not 1 <= k <= len(nums):
        return "k out of range"
    return None


def large(n, rng):
    # values that never increase, with a window of a quarter to a half of them: every
    # window's maximum is the element that leaves next, so rescanning the window when its
    # maximum leaves is as slow as rescanning every window
    nums = _descending(n)
    return {"nums": nums, "k": max(1, rng.randint(n // 4, n // 2))}
