import random

from hypothesis import strategies as st

LOW, HIGH = 0, 1000
MAX_LEN = 100
# Growth-check inputs stop growing here: past ~2500 levels, memoized recursion
# (@cache) slows down per level in CPython, which would look like a worse class.
LARGE_CAP = 2048

EXAMPLES = [
    {"args": {"nums": [2, 3, 2]}, "expected": 3},
    {"args": {"nums": [1, 2, 3, 1]}, "expected": 4},
    {"args": {"nums": [1, 2, 3]}, "expected": 3},
]

_rng = random.Random(213)

HIDDEN = [
    {"tag": "single house", "args": {"nums": [7]}},
    {"tag": "single empty house", "args": {"nums": [0]}},
    {"tag": "two houses, first richer", "args": {"nums": [9, 4]}},
    {"tag": "two houses, second richer", "args": {"nums": [4, 9]}},
    {"tag": "ends are neighbours", "args": {"nums": [5, 1, 1, 5]}},
    {"tag": "first and last of odd circle", "args": {"nums": [6, 1, 2, 1, 6]}},
    {"tag": "best without the first house", "args": {"nums": [1, 7, 1, 1, 7]}},
    {"tag": "best without the last house", "args": {"nums": [7, 1, 1, 7, 1]}},
    {"tag": "both ends dear, middle cheap", "args": {"nums": [1000, 1, 1, 1, 1000]}},
    {"tag": "skip two in a row", "args": {"nums": [2, 1, 1, 2, 1]}},
    {"tag": "all zero", "args": {"nums": [0] * 10}},
    {"tag": "all equal, odd length", "args": {"nums": [1000] * 9}},
    {"tag": "all equal, even length", "args": {"nums": [3] * 8}},
    {"tag": "rich middle house", "args": {"nums": [1, 1, 1000, 1, 1]}},
    {"tag": "increasing", "args": {"nums": list(range(1, 21))}},
    {"tag": "decreasing", "args": {"nums": list(range(20, 0, -1))}},
    {"tag": "zeros between", "args": {"nums": [5, 0, 0, 5, 0, 0, 5]}},
    {"tag": "max length, max values", "args": {"nums": [HIGH] * MAX_LEN}},
    {"tag": "max length, random", "args": {"nums": [_rng.randint(LOW, HIGH) for _ in range(MAX_LEN)]}},
    {"tag": "max length, alternating", "args": {"nums": [HIGH, HIGH - 1] * (MAX_LEN // 2)}},
    {"tag": "odd max-ish length, even positions", "args": {"nums": [HIGH, 0] * 49 + [HIGH]}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        nums = draw(st.lists(st.integers(LOW, HIGH), min_size=1, max_size=12))
    else:  # long circles: Hypothesis alone rarely draws them
        size = draw(st.integers(1, MAX_LEN))
        seed = draw(st.integers(0, 2**32))
        rng = random.Random(seed)
        top = rng.choice([1, 10, HIGH])
        nums = [rng.randint(LOW, top) for _ in range(size)]
    return {"nums": nums}


def inputs():
    return _inputs()


def valid(args):
    nums = args.get("nums")
    if type(nums) is not list or not 1 <= len(nums) <= MAX_LEN:
        return "length out of range"
    if any(type(v) is not int or not LOW <= v <= HIGH for v in nums):
        return "value out of range"
    return None


def large(n, rng):
    n = max(1, min(n, LARGE_CAP))
    return {"nums": [rng.randint(LOW, HIGH) for _ in range(n)]}
