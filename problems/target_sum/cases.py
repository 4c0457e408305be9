import random

from hypothesis import strategies as st

MAX_LEN = 20
TOP = 1000  # the largest number, the largest sum and the largest |target|

EXAMPLES = [
    {"args": {"nums": [1, 1, 1, 1, 1], "target": 3}, "expected": 5},
    {"args": {"nums": [1], "target": 1}, "expected": 1},
    {"args": {"nums": [0, 0, 1], "target": -1}, "expected": 4},
]

_rng = random.Random(494)
_FIFTIES = [50] * MAX_LEN
_RANDOM = [_rng.randint(0, 100) for _ in range(MAX_LEN)]
_RANDOM[-1] = TOP - sum(_RANDOM[:-1])  # the sum at its limit
_SMALL = [_rng.randint(0, 9) for _ in range(MAX_LEN)]

HIDDEN = [
    {"tag": "one zero, target 0", "args": {"nums": [0], "target": 0}},
    {"tag": "one zero, target 1", "args": {"nums": [0], "target": 1}},
    {"tag": "one number, target its negative", "args": {"nums": [7], "target": -7}},
    {"tag": "one number, target 0", "args": {"nums": [7], "target": 0}},
    {"tag": "zero first", "args": {"nums": [0, 1], "target": 1}},
    {"tag": "zeros around", "args": {"nums": [0, 3, 0, 0], "target": -3}},
    {"tag": "target is the sum", "args": {"nums": [2, 3, 5], "target": 10}},
    {"tag": "target is minus the sum, with a zero", "args": {"nums": [2, 0, 5], "target": -7}},
    {"tag": "target above the sum", "args": {"nums": [1, 2, 3], "target": 7}},
    {"tag": "target far below minus the sum", "args": {"nums": [1, 2, 3], "target": -TOP}},
    {"tag": "target far above the sum", "args": {"nums": [4, 4], "target": TOP}},
    {"tag": "sum and target of different parity", "args": {"nums": [1, 2, 4], "target": 2}},
    {"tag": "one number at the limit", "args": {"nums": [TOP], "target": -TOP}},
    {"tag": "max length, all zeros", "args": {"nums": [0] * MAX_LEN, "target": 0}},
    {"tag": "max length, all ones, target 0", "args": {"nums": [1] * MAX_LEN, "target": 0}},
    {"tag": "max length, all fifty, target 100", "args": {"nums": _FIFTIES, "target": 100}},
    {"tag": "max length, sum 1000, target 0", "args": {"nums": _RANDOM, "target": 0}},
    {"tag": "max length, sum 1000, target -1000", "args": {"nums": _RANDOM, "target": -TOP}},
    {"tag": "max length, small numbers, target 7", "args": {"nums": _SMALL, "target": 7}},
    {"tag": "max length, ones and one large", "args": {"nums": [1] * 19 + [981], "target": -975}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):  # small, drawn element by element
        nums = draw(st.lists(st.integers(0, draw(st.sampled_from([2, 10, 100]))), min_size=1, max_size=8))
        target = draw(st.integers(-sum(nums) - 2, sum(nums) + 2))
    else:  # up to the bounds, built from a seed
        seed = draw(st.integers(0, 2**32))
        rng = random.Random(seed)
        size = rng.randint(1, MAX_LEN)
        top = rng.choice([1, 10, 50, TOP])
        nums = [rng.randint(0, top) for _ in range(size)]
        while sum(nums) > TOP:
            nums[rng.randrange(size)] //= 2
        total = sum(nums)
        target = rng.choice([rng.randint(-total, total), rng.randint(-TOP, TOP), total, -total])
    return {"nums": nums, "target": target}


def inputs():
    return _inputs()


def valid(args):
    nums, target = args.get("nums"), args.get("target")
    if type(nums) is not list or not 1 <= len(nums) <= MAX_LEN:
        return "length out of range"
    if any(type(v) is not int or not 0 <= v <= TOP for v in nums):
        return "number out of range"
    if sum(nums) > TOP:
        return "sum above 1000"
    if type(target) is not int or not -TOP <= target <= TOP:
        return "target out of range"
    return None


def large(n, rng):
    # ones and some twos: the sum grows with n and every partial sum of its parity is
    # reachable; a target near 0 of the sum's parity makes the table as wide as it gets.
    # Trying every sign choice takes 2^n calls whatever the numbers are.
    nums = [rng.choice((1, 1, 1, 2)) for _ in range(max(1, n))]
    return {"nums": nums, "target": sum(nums) % 2}
