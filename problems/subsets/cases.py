import random

from hypothesis import strategies as st

LOW, HIGH = -10, 10
MAX_LEN = 10
GROWTH_MAX_LEN = 16  # large() stops here: the answer doubles with every number

EXAMPLES = [
    {"args": {"nums": [1, 2, 3]}, "expected": [[], [1], [2], [1, 2], [3], [1, 3], [2, 3], [1, 2, 3]]},
    {"args": {"nums": [7]}, "expected": [[], [7]]},
    {"args": {"nums": [-4, 0]}, "expected": [[], [-4], [0], [-4, 0]]},
]

HIDDEN = [
    {"tag": "single zero", "args": {"nums": [0]}},
    {"tag": "single negative", "args": {"nums": [-10]}},
    {"tag": "two numbers", "args": {"nums": [10, -10]}},
    {"tag": "extreme values", "args": {"nums": [-10, 10, 0]}},
    {"tag": "all negative", "args": {"nums": [-1, -2, -3, -4]}},
    {"tag": "descending", "args": {"nums": [5, 4, 3, 2, 1]}},
    {"tag": "unsorted with zero", "args": {"nums": [3, -7, 0, 9, -2, 6]}},
    {"tag": "seven numbers", "args": {"nums": [2, -9, 4, 8, -5, 1, 7]}},
    {"tag": "eight numbers", "args": {"nums": [-3, 6, -8, 0, 10, -1, 5, 2]}},
    {"tag": "nine numbers", "args": {"nums": [9, -6, 3, -10, 7, 0, -4, 1, 8]}},
    {"tag": "max length, ascending", "args": {"nums": list(range(1, 11))}},
    {"tag": "max length, descending", "args": {"nums": list(range(10, 0, -1))}},
    {"tag": "max length, negatives", "args": {"nums": list(range(-10, 0))}},
    {"tag": "max length, mixed signs", "args": {"nums": [-10, 10, -5, 5, 0, -1, 1, 7, -8, 3]}},
    {"tag": "max length, shuffled",
     "args": {"nums": random.Random(78).sample(range(LOW, HIGH + 1), MAX_LEN)}},
    {"tag": "max length, small magnitudes", "args": {"nums": [0, 1, -1, 2, -2, 3, -3, 4, -4, 5]}},
]


def inputs():
    return st.lists(st.integers(LOW, HIGH), min_size=1, max_size=MAX_LEN, unique=True).map(
        lambda nums: {"nums": nums}
    )


def valid(args):
    nums = args["nums"]
    if type(nums) is not list or not 1 <= len(nums) <= MAX_LEN:
        return "length out of range"
    if any(type(v) is not int or not LOW <= v <= HIGH for v in nums):
        return "value out of range"
    if len(set(nums)) != len(nums):
        return "values are not distinct"
    return None


def large(n, rng):
    return {"nums": rng.sample(range(LOW, HIGH + 1), max(1, min(n, GROWTH_MAX_LEN)))}


def check(args, expected, got):
    """Right when `got` holds every subset of nums exactly once, in any order."""
    try:
        nums = args["nums"]
        if type(got) is not list or len(got) != 2 ** len(nums):
            return False
        allowed = set(nums)
        seen = set()
        for subset in got:
            if type(subset) is not list or len(subset) > len(nums):
                return False
            if any(type(v) is not int or v not in allowed for v in subset):
                return False
            key = frozenset(subset)
            if len(key) != len(subset) or key in seen:
                return False
            seen.add(key)
        return True  # 2^n distinct subsets of an n-element set: all of them
    except Exception:
        return False
