import random

from hypothesis import strategies as st

MAX_LEN = 10_000
MAX_JUMP = 1000

EXAMPLES = [
    {"args": {"nums": [2, 3, 1, 1, 4]}, "expected": 2},
    {"args": {"nums": [2, 3, 0, 1, 4]}, "expected": 2},
    {"args": {"nums": [0]}, "expected": 0},
]


def _unblock(nums, rng):
    """Raise the jump of every cell the way would get stuck on, so that the end is reachable."""
    reach = 0
    for i in range(len(nums) - 1):
        if i == reach and i + nums[i] <= reach:
            nums[i] = rng.randint(1, 3)
        reach = max(reach, i + nums[i])
    return nums


def _random_row(seed, size, high, zeros):
    rng = random.Random(seed)
    nums = [rng.randint(0, high) for _ in range(size)]
    for _ in range(zeros):  # runs of zeros the way must jump over
        start = rng.randrange(size)
        for i in range(start, min(size, start + rng.randint(1, high))):
            nums[i] = 0
    return _unblock(nums, rng)


def _stairs(size, step):
    """Every window of reach ends on a cell of jump `step`, the rest are zeros: the farthest
    cell must be chosen from each window, never the cell with the biggest jump."""
    return [step if i % step == 0 else 0 for i in range(size)]


HIDDEN = [
    {"tag": "single cell", "args": {"nums": [0]}},
    {"tag": "single cell, big jump", "args": {"nums": [MAX_JUMP]}},
    {"tag": "two cells", "args": {"nums": [1, 0]}},
    {"tag": "one jump reaches the end", "args": {"nums": [4, 0, 0, 0, 0]}},
    {"tag": "jump past the end", "args": {"nums": [3, 1]}},
    {"tag": "window ends on the last cell", "args": {"nums": [2, 1, 0]}},
    {"tag": "biggest jump is not the farthest reach", "args": {"nums": [2, 1, 1, 2]}},
    {"tag": "reach grows twice in one window", "args": {"nums": [2, 2, 2, 0, 0]}},
    {"tag": "jump over zeros", "args": {"nums": [3, 0, 0, 2, 0, 0]}},
    {"tag": "the longest first jump is not best", "args": {"nums": [3, 5, 1, 1, 1, 1, 1]}},
    {"tag": "all ones", "args": {"nums": [1] * 10}},
    {"tag": "a row of twos", "args": {"nums": [2] * 60}},
    {"tag": "countdown", "args": {"nums": [*range(30, 0, -1), 0]}},
    {"tag": "longest, all ones", "args": {"nums": [1] * MAX_LEN}},
    {"tag": "longest, all maximum jumps", "args": {"nums": [MAX_JUMP] * MAX_LEN}},
    {"tag": "longest, all twos", "args": {"nums": [2] * MAX_LEN}},
    {"tag": "longest, stairs over zeros", "args": {"nums": _stairs(MAX_LEN, 7)}},
    {"tag": "longest, maximum stairs", "args": {"nums": _stairs(MAX_LEN, MAX_JUMP)}},
    {"tag": "longest, random short jumps", "args": {"nums": _random_row(45, MAX_LEN, 5, 50)}},
    {"tag": "longest, random long jumps", "args": {"nums": _random_row(46, MAX_LEN, MAX_JUMP, 5)}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        values = st.one_of(st.integers(0, 4), st.integers(0, MAX_JUMP))
        nums = draw(st.lists(values, min_size=1, max_size=30))
        reach = 0
        for i in range(len(nums) - 1):  # a stuck cell gets a jump of one
            if i == reach and nums[i] == 0:
                nums[i] = 1
            reach = max(reach, i + nums[i])
    else:  # long rows: Hypothesis alone rarely draws them
        size = draw(st.integers(1, MAX_LEN))
        high = draw(st.sampled_from([1, 2, 3, 10, 100, MAX_JUMP]))
        zeros = draw(st.sampled_from([0, 3, 30]))
        nums = _random_row(draw(st.integers(0, 2**32)), size, high, zeros)
    return {"nums": nums}


def inputs():
    return _inputs()


def valid(args):
    nums = args["nums"]
    if type(nums) is not list or not 1 <= len(nums) <= MAX_LEN:
        return "length out of range"
    if any(type(v) is not int or not 0 <= v <= MAX_JUMP for v in nums):
        return "value out of range"
    reach = 0
    for i, v in enumerate(nums):
        if i > reach:
            return "the last cell is not reachable"
        reach = max(reach, i + v)
    return None


def large(n, rng):
    # Long jumps everywhere (half the row to all of it, beyond the constraints' 1,000 only
    # past n = 1,000): relaxing every jump from every cell is about n^2 / 3 steps, while
    # the greedy is one pass.
    return {"nums": [rng.randint(n // 2, n) for _ in range(n)]}
