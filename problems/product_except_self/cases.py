import random

from hypothesis import strategies as st

LOW, HIGH = -30, 30
MAX_LEN = 10**5
INT_MIN, INT_MAX = -(2**31), 2**31 - 1
# The longest lists the correctness cases use. Longer ones would only test speed, and
# the growth check does that: an O(n^2) solution must still get right answers here
# (and so be judged "too slow", not "time limit exceeded").
LONG = 700

EXAMPLES = [
    {"args": {"nums": [1, 2, 3, 4]}, "expected": [24, 12, 8, 6]},
    {"args": {"nums": [-1, 1, 0, -3, 3]}, "expected": [0, 0, 9, 0, 0]},
    {"args": {"nums": [2, 3]}, "expected": [3, 2]},
]


def _signs(n, seed):
    rng = random.Random(seed)
    return [rng.choice((1, -1)) for _ in range(n)]


_LONG_POW = _signs(LONG, 238)
for _i in random.Random(2380).sample(range(LONG), 30):
    _LONG_POW[_i] *= 2  # prefix and suffix products reach 2^30
_LONG_ZERO = _signs(LONG, 239)
_LONG_ZERO[LONG * 4 // 5] = 0
_LONG_ZERO[17] = 7
_LONG_TWO_ZEROS = _signs(LONG, 240)
_LONG_TWO_ZEROS[3] = 0
_LONG_TWO_ZEROS[LONG - 4] = 0

HIDDEN = [
    {"tag": "two elements, one zero", "args": {"nums": [0, 5]}},
    {"tag": "two zeros only", "args": {"nums": [0, 0]}},
    {"tag": "two negatives", "args": {"nums": [-30, -30]}},
    {"tag": "zero first", "args": {"nums": [0, 2, 3, 4]}},
    {"tag": "zero last", "args": {"nums": [2, 3, 4, 0]}},
    {"tag": "two zeros", "args": {"nums": [4, 0, 5, 0, 6]}},
    {"tag": "all zeros", "args": {"nums": [0, 0, 0, 0]}},
    {"tag": "zero with negatives", "args": {"nums": [-2, 0, -3, 5]}},
    {"tag": "all negative", "args": {"nums": [-1, -2, -3, -4, -5]}},
    {"tag": "all ones", "args": {"nums": [1, 1, 1, 1, 1, 1]}},
    {"tag": "extreme values", "args": {"nums": [30, -30, 30, -30, 30, 30]}},
    {"tag": "product reaches -2^31", "args": {"nums": [-2] + [2] * 30}},
    {"tag": "big values between two zeros", "args": {"nums": [0] + [30] * 20 + [0]}},
    {"tag": "ones and minus ones", "args": {"nums": [1, -1, 1, -1, -1]}},
    {"tag": "long, powers of two", "args": {"nums": _LONG_POW}},
    {"tag": "long, one zero", "args": {"nums": _LONG_ZERO}},
    {"tag": "long, two zeros", "args": {"nums": _LONG_TWO_ZEROS}},
]


def _fit(nums):
    """nums with values shrunk to +-1 where needed so every prefix/suffix product fits."""
    out, budget = [], 1
    for v in nums:
        if v and budget * abs(v) > INT_MAX // 2:  # a margin for the sign of -2^31
            v = 1 if v > 0 else -1
        budget *= abs(v) or 1
        out.append(v)
    return out


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        nums = draw(st.lists(st.integers(LOW, HIGH), min_size=2, max_size=12))
    else:  # long lists: Hypothesis alone rarely draws them
        size = draw(st.integers(2, LONG))
        rng = random.Random(draw(st.integers(0, 2**32)))
        zeros = rng.choice((0, 0, 1, 2, 3))
        nums = [rng.choice((1, -1)) if rng.random() < 0.98 else rng.randint(LOW, HIGH) for _ in range(size)]
        for i in rng.sample(range(size), min(zeros, size)):
            nums[i] = 0
    return {"nums": _fit(nums)}


def inputs():
    return _inputs()


def valid(args):
    nums = args["nums"]
    if not 2 <= len(nums) <= MAX_LEN:
        return "length out of range"
    if any(not LOW <= v <= HIGH for v in nums):
        return "value out of range"
    for seq in (nums, nums[::-1]):
        p = 1
        for v in seq:
            p *= v
            if not INT_MIN <= p <= INT_MAX:
                return "a prefix or suffix product does not fit in 32 bits"
            if p == 0:
                break
    return None


def large(n, rng):
    nums = [rng.choice((1, -1)) for _ in range(n)]
    for i in rng.sample(range(n), min(n, 10)):
        nums[i] *= 3
    return {"nums": nums}
