import random

from hypothesis import strategies as st

LOW, HIGH = -(10**9), 10**9
MAX_LEN = 10**5
# The longest lists the correctness cases use. Longer ones would only test speed, and
# the growth check does that: an O(n^2) solution must still get right answers here
# (and so be judged "too slow", not "time limit exceeded").
LONG = 1000

EXAMPLES = [
    {"args": {"nums": [100, 4, 200, 1, 3, 2]}, "expected": 4},
    {"args": {"nums": [0, 3, 7, 2, 5, 8, 4, 6, 0, 1]}, "expected": 9},
    {"args": {"nums": [1, 0, 1, 2]}, "expected": 3},
]


def _shuffled(values, seed):
    values = list(values)
    random.Random(seed).shuffle(values)
    return values


# One run of LONG values, shuffled.
_LONG_RUN = _shuffled(range(-1000, -1000 + LONG), 128)
# The same run with a hole in the middle, and every value twice.
_LONG_HOLE = _shuffled([v for v in range(LONG // 2) if v != LONG // 4] * 2, 129)
# Distinct values far apart: no run longer than 1.
_LONG_SPREAD = _shuffled(range(LOW, HIGH, 999_983), 130)[:LONG]
# Two runs: LONG / 2 values at the top of the range, one fewer at the bottom, mixed up.
_LONG_EDGES = _shuffled(
    list(range(HIGH - LONG // 2 + 1, HIGH + 1)) + list(range(LOW, LOW + LONG // 2 - 1)), 131
)

HIDDEN = [
    {"tag": "empty", "args": {"nums": []}},
    {"tag": "single element", "args": {"nums": [-7]}},
    {"tag": "all equal", "args": {"nums": [5, 5, 5, 5]}},
    {"tag": "duplicates inside the run", "args": {"nums": [1, 2, 2, 3]}},
    {"tag": "duplicates everywhere", "args": {"nums": [3, 3, 2, 2, 1, 1, 4, 4, 9]}},
    {"tag": "longest run at the top", "args": {"nums": [1, 2, 10, 11, 12, 13]}},
    {"tag": "longest run at the bottom", "args": {"nums": [20, 21, 1, 2, 3, 4]}},
    {"tag": "run crosses zero", "args": {"nums": [1, -1, 0, -2, 2]}},
    {"tag": "negatives only", "args": {"nums": [-5, -3, -4, -10, -9]}},
    {"tag": "no two consecutive", "args": {"nums": [1, 3, 5, 7, 9]}},
    {"tag": "two values, consecutive", "args": {"nums": [0, -1]}},
    {"tag": "two values, apart", "args": {"nums": [0, 2]}},
    {"tag": "extremes, apart", "args": {"nums": [LOW, HIGH]}},
    {"tag": "extremes with neighbours", "args": {"nums": [HIGH, LOW, HIGH - 1, LOW + 1, LOW + 2]}},
    {"tag": "descending run", "args": {"nums": [9, 8, 7, 6, 5, 4]}},
    {"tag": "long, one shuffled run", "args": {"nums": _LONG_RUN}},
    {"tag": "long, run with a hole, doubled", "args": {"nums": _LONG_HOLE}},
    {"tag": "long, values far apart", "args": {"nums": _LONG_SPREAD}},
    {"tag": "long, runs at both extremes", "args": {"nums": _LONG_EDGES}},
]


@st.composite
def _inputs(draw):
    kind = draw(st.integers(0, 2))
    if kind == 0:  # a narrow range: runs and duplicates are likely
        return {"nums": draw(st.lists(st.integers(-8, 8), max_size=16))}
    if kind == 1:
        return {"nums": draw(st.lists(st.integers(LOW, HIGH), max_size=20))}
    # long lists of a few runs plus noise: Hypothesis alone rarely draws them
    size = draw(st.integers(0, LONG))
    rng = random.Random(draw(st.integers(0, 2**32)))
    nums = []
    while len(nums) < size:
        if rng.random() < 0.3:
            nums.append(rng.randint(LOW, HIGH))
        else:
            length = rng.randint(1, size - len(nums))
            start = rng.randint(LOW, HIGH - length + 1)
            nums.extend(range(start, start + length))
    if nums and rng.random() < 0.5:  # some duplicates
        nums[: size // 3] = rng.choices(nums, k=size // 3)
    rng.shuffle(nums)
    return {"nums": nums}


def inputs():
    return _inputs()


def valid(args):
    nums = args["nums"]
    if not 0 <= len(nums) <= MAX_LEN:
        return "length out of range"
    if any(not LOW <= v <= HIGH for v in nums):
        return "value out of range"
    return None


def large(n, rng):
    # A single shuffled run: scanning forward from every value (not only from the
    # start of a run) costs O(n^2) here.
    start = rng.randint(LOW, HIGH - n)
    nums = list(range(start, start + n))
    rng.shuffle(nums)
    return {"nums": nums}
