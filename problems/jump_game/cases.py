import random

from hypothesis import strategies as st

MAX_LEN = 10_000
MAX_JUMP = 100_000

EXAMPLES = [
    {"args": {"nums": [1, 3, 0, 0, 2]}, "expected": True},
    {"args": {"nums": [3, 1, 1, 0, 5]}, "expected": False},
    {"args": {"nums": [0]}, "expected": True},
]


def _countdown(k):
    return list(range(k, 0, -1)) + [0, 1]  # every cell lands on the 0 at most


HIDDEN = [
    {"tag": "single cell, big jump", "args": {"nums": [MAX_JUMP]}},
    {"tag": "stuck on the first cell", "args": {"nums": [0, 1]}},
    {"tag": "zero on the last cell is fine", "args": {"nums": [1, 0]}},
    {"tag": "jump over two zeros", "args": {"nums": [2, 0, 0]}},
    {"tag": "the longest jump first is not best", "args": {"nums": [2, 5, 0, 0]}},
    {"tag": "unreachable cells can jump far", "args": {"nums": [0, 2, 3]}},
    {"tag": "blocked near the end", "args": {"nums": [1, 1, 0, 1]}},
    {"tag": "every cell lands on the zero", "args": {"nums": _countdown(6)}},
    {"tag": "zero jumped over by one cell", "args": {"nums": [1, 2, 0, 1, 0]}},
    {"tag": "reach exactly the last cell", "args": {"nums": [1, 1, 2, 0, 0]}},
    {"tag": "longest, all ones", "args": {"nums": [1] * MAX_LEN}},
    {"tag": "longest, maximum jumps", "args": {"nums": [MAX_JUMP] * MAX_LEN}},
    {"tag": "longest, one exact jump", "args": {"nums": [MAX_LEN - 1] + [0] * (MAX_LEN - 1)}},
    {"tag": "longest, one jump a cell short", "args": {"nums": [MAX_LEN - 2] + [0] * (MAX_LEN - 1)}},
    {"tag": "longest, stuck one before the end", "args": {"nums": [1] * (MAX_LEN - 2) + [0, 0]}},
    {"tag": "longest, zero in the middle", "args": {"nums": [1] * (MAX_LEN // 2) + [0] + [1] * (MAX_LEN // 2 - 1)}},
    {"tag": "longest, twos over every other zero", "args": {"nums": [2, 0] * (MAX_LEN // 2)}},
    {"tag": "long countdown to a zero", "args": {"nums": _countdown(500)}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        values = st.one_of(st.integers(0, 3), st.integers(0, MAX_JUMP))
        nums = draw(st.lists(values, min_size=1, max_size=30))
    else:  # long rows: Hypothesis alone rarely draws them
        size = draw(st.integers(1, MAX_LEN))
        rng = random.Random(draw(st.integers(0, 2**32)))
        high = draw(st.sampled_from([1, 2, 3, 10, MAX_JUMP]))
        nums = [rng.randint(0, high) for _ in range(size)]
        if draw(st.booleans()) and size > 2:  # a run of zeros that may block the way
            start = rng.randrange(size - 1)
            for i in range(start, min(size - 1, start + rng.randint(1, 20))):
                nums[i] = 0
    return {"nums": nums}


def inputs():
    return _inputs()


def valid(args):
    nums = args["nums"]
    if type(nums) is not list or not 1 <= len(nums) <= MAX_LEN:
        return "length out of range"
    if any(type(v) is not int or not 0 <= v <= MAX_JUMP for v in nums):
        return "value out of range"
    return None


def large(n, rng):
    # Every cell but the last can jump exactly as far as the 0 on the second-to-last
    # cell and no further: the answer is False, and trying every jump from every cell
    # scans all the cells up to that 0, about n^2 / 2 steps in all.
    if n < 2:
        return {"nums": [rng.randint(0, 5)]}
    return {"nums": [n - 2 - i for i in range(n - 1)] + [rng.randint(0, 5)]}
