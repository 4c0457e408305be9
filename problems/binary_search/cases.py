import random
from itertools import compress

from hypothesis import strategies as st

LOW, HIGH = -9999, 9999
MAX_LEN = 10_000

EXAMPLES = [
    {"args": {"nums": [-1, 0, 3, 5, 9, 12], "target": 9}, "expected": 4},
    {"args": {"nums": [-1, 0, 3, 5, 9, 12], "target": 2}, "expected": -1},
    {"args": {"nums": [5], "target": 5}, "expected": 0},
]

_LONG = list(range(LOW, LOW + 2 * MAX_LEN, 2))  # 10,000 values, all in range

HIDDEN = [
    {"tag": "single element, absent", "args": {"nums": [5], "target": -5}},
    {"tag": "single element, below", "args": {"nums": [0], "target": -1}},
    {"tag": "two elements, first", "args": {"nums": [1, 2], "target": 1}},
    {"tag": "two elements, last", "args": {"nums": [1, 2], "target": 2}},
    {"tag": "two elements, between", "args": {"nums": [1, 3], "target": 2}},
    {"tag": "first position", "args": {"nums": [-7, -3, 0, 4, 8, 15], "target": -7}},
    {"tag": "last position", "args": {"nums": [-7, -3, 0, 4, 8, 15], "target": 15}},
    {"tag": "below every value", "args": {"nums": [-7, -3, 0, 4, 8, 15], "target": -9000}},
    {"tag": "above every value", "args": {"nums": [-7, -3, 0, 4, 8, 15], "target": 9000}},
    {"tag": "negative values", "args": {"nums": [-50, -40, -30, -20, -10], "target": -40}},
    {"tag": "zero target", "args": {"nums": [-2, -1, 0, 1, 2], "target": 0}},
    {"tag": "extreme values", "args": {"nums": [LOW, HIGH], "target": HIGH}},
    {"tag": "max length, first", "args": {"nums": _LONG, "target": _LONG[0]}},
    {"tag": "max length, last", "args": {"nums": _LONG, "target": _LONG[-1]}},
    {"tag": "max length, absent gap", "args": {"nums": _LONG, "target": _LONG[5000] + 1}},
    {"tag": "max length, middle", "args": {"nums": _LONG, "target": _LONG[4999]}},
    {"tag": "even length, left half", "args": {"nums": [1, 4, 6, 9, 12, 20, 31, 40], "target": 6}},
    {"tag": "odd length, right half", "args": {"nums": [1, 4, 6, 9, 12, 20, 31], "target": 20}},
]


# _KEEP[k] keeps a random byte with probability (k + 1) / 256: selecting values this
# way runs in C, several times faster than random.sample, for the long lists
_KEEP = [bytes(1 if b <= k else 0 for b in range(256)) for k in range(256)]


def _sorted_distinct(rng, size):
    """`size` distinct values from [LOW, HIGH], increasing."""
    span = HIGH - LOW + 1
    if size >= 500:
        keep = min(255, size * 256 // span + 8)  # a little more than size/span of them
        picked = list(compress(range(LOW, HIGH + 1), rng.randbytes(span).translate(_KEEP[keep])))
        if len(picked) >= size:
            start = rng.randrange(len(picked) - size + 1)
            return picked[start : start + size]
    return sorted(rng.sample(range(LOW, HIGH + 1), size))


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        values = sorted(draw(st.lists(st.integers(LOW, HIGH), min_size=1, max_size=30, unique=True)))
    else:  # long lists: Hypothesis alone rarely draws them
        size = draw(st.integers(1, MAX_LEN))
        values = _sorted_distinct(random.Random(draw(st.integers(0, 2**32))), size)
    present = st.sampled_from(values)
    target = draw(st.one_of(present, st.integers(LOW, HIGH)))
    return {"nums": values, "target": target}


def inputs():
    return _inputs()


def valid(args):
    nums, target = args["nums"], args["target"]
    if not 1 <= len(nums) <= MAX_LEN:
        return "length out of range"
    if any(not LOW <= v <= HIGH for v in nums) or not LOW <= target <= HIGH:
        return "value out of range"
    if any(a >= b for a, b in zip(nums, nums[1:])):
        return "nums is not strictly increasing"
    return None


def large(n, rng):
    start = rng.randrange(-(10**6), 10**6)
    nums = list(range(start, start + 2 * n, 2))
    # the target sits near the middle, present or just absent, so a scan from either
    # end (with or without an early exit) reads at least a third of the list
    middle = nums[n // 2 + rng.randrange(-(n // 8), n // 8 + 1)]
    return {"nums": nums, "target": middle if rng.random() < 0.5 else middle + 1}
