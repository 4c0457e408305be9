import random

from hypothesis import strategies as st

LOW, HIGH = -(10**9), 10**9
MAX_LEN = 10**5
# The longest lists the correctness cases use. Longer ones would only test speed, and
# the growth check does that: an O(n^2) solution must still get right answers here
# (and so be judged "too slow", not "time limit exceeded").
LONG = 1000

EXAMPLES = [
    {"args": {"nums": [1, 2, 3, 1]}, "expected": True},
    {"args": {"nums": [1, 2, 3, 4]}, "expected": False},
    {"args": {"nums": [1, 1, 1, 3, 3, 4, 3, 2, 4, 2]}, "expected": True},
]

_DISTINCT = random.Random(217).sample(range(LOW, HIGH + 1), LONG)
_FAR_PAIR = list(range(-LONG // 2, LONG // 2))
_FAR_PAIR[-1] = _FAR_PAIR[0]  # the only repeat: first and last positions
_MIDDLE_PAIR = random.Random(2170).sample(range(LOW, HIGH + 1), LONG)
_MIDDLE_PAIR[LONG - 150] = _MIDDLE_PAIR[LONG // 3]

HIDDEN = [
    {"tag": "single element", "args": {"nums": [7]}},
    {"tag": "two equal", "args": {"nums": [5, 5]}},
    {"tag": "two different", "args": {"nums": [5, -5]}},
    {"tag": "repeat at both ends, unsorted", "args": {"nums": [1, 2, 3, 4, 1]}},
    {"tag": "repeat is the largest value", "args": {"nums": [9, 1, 4, 9, 2]}},
    {"tag": "exactly two copies", "args": {"nums": [3, 8, 6, 8]}},
    {"tag": "all equal", "args": {"nums": [0, 0, 0, 0, 0, 0]}},
    {"tag": "negative repeat", "args": {"nums": [-3, -1, -2, -3]}},
    {"tag": "zero and negatives, distinct", "args": {"nums": [0, -1, -2, -3, -4]}},
    {"tag": "extremes, distinct", "args": {"nums": [LOW, HIGH, 0, HIGH - 1, LOW + 1]}},
    {"tag": "extremes, repeated", "args": {"nums": [HIGH, LOW, HIGH]}},
    {"tag": "same magnitude, opposite signs", "args": {"nums": [4, -4, 7, -7, 1, -1]}},
    {"tag": "pairs cancel under xor, no repeat", "args": {"nums": [1, 2, 3]}},
    {"tag": "descending, distinct", "args": {"nums": [10, 8, 6, 4, 2, 0, -2]}},
    {"tag": "long, distinct", "args": {"nums": _DISTINCT}},
    {"tag": "long, repeat at the two ends", "args": {"nums": _FAR_PAIR}},
    {"tag": "long, one repeat inside", "args": {"nums": _MIDDLE_PAIR}},
]


@st.composite
def _inputs(draw):
    kind = draw(st.integers(0, 2))
    if kind == 0:  # small values: duplicates are likely
        return {"nums": draw(st.lists(st.integers(-5, 5), min_size=1, max_size=12))}
    if kind == 1:
        return {"nums": draw(st.lists(st.integers(LOW, HIGH), min_size=1, max_size=30))}
    size = draw(st.integers(1, LONG))
    rng = random.Random(draw(st.integers(0, 2**32)))
    nums = rng.sample(range(LOW, HIGH + 1), size)
    if size > 1 and draw(st.booleans()):
        i, j = rng.sample(range(size), 2)
        nums[i] = nums[j]
    return {"nums": nums}


def inputs():
    return _inputs()


def valid(args):
    nums = args["nums"]
    if not 1 <= len(nums) <= MAX_LEN:
        return "length out of range"
    if any(not LOW <= v <= HIGH for v in nums):
        return "value out of range"
    return None


def large(n, rng):
    # Distinct values: no early exit, every element is looked at. Small values keep
    # the input short to send.
    return {"nums": rng.sample(range(-4 * n, 4 * n), n)}
