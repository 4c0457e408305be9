import random

from hypothesis import strategies as st

LOW, HIGH = -10_000, 10_000
MAX_LEN = 2500

EXAMPLES = [
    {"args": {"nums": [10, 9, 2, 5, 3, 7, 101, 18]}, "expected": 4},
    {"args": {"nums": [0, 1, 0, 3, 2, 3]}, "expected": 4},
    {"args": {"nums": [7, 7, 7, 7, 7, 7, 7]}, "expected": 1},
]

_rng = random.Random(300)

HIDDEN = [
    {"tag": "single element", "args": {"nums": [5]}},
    {"tag": "two increasing", "args": {"nums": [1, 2]}},
    {"tag": "two decreasing", "args": {"nums": [2, 1]}},
    {"tag": "two equal", "args": {"nums": [4, 4]}},
    {"tag": "duplicates inside a run", "args": {"nums": [1, 2, 2, 3]}},
    {"tag": "best run ends early", "args": {"nums": [1, 2, 3, 0]}},
    {"tag": "greedy from the first element", "args": {"nums": [1, 5, 2, 3, 4]}},
    {"tag": "zigzag", "args": {"nums": [1, 3, 2, 4, 3, 5]}},
    {"tag": "small values replace large tails", "args": {"nums": [4, 10, 4, 3, 8, 9]}},
    {"tag": "negatives and extremes", "args": {"nums": [HIGH, LOW, -5, 0, -1, HIGH]}},
    {"tag": "all negative, increasing", "args": {"nums": list(range(-30, -10))}},
    {"tag": "max length, increasing", "args": {"nums": list(range(-1250, 1250))}},
    {"tag": "max length, decreasing", "args": {"nums": list(range(1250, -1250, -1))}},
    {"tag": "max length, all equal", "args": {"nums": [HIGH] * MAX_LEN}},
    {"tag": "max length, sawtooth", "args": {"nums": [i % 50 for i in range(MAX_LEN)]}},
    {"tag": "max length, few distinct values", "args": {"nums": [_rng.randint(0, 9) for _ in range(MAX_LEN)]}},
    {"tag": "max length, random", "args": {"nums": [_rng.randint(LOW, HIGH) for _ in range(MAX_LEN)]}},
    {"tag": "max length, two interleaved runs",
     "args": {"nums": [v for i in range(MAX_LEN // 2) for v in (i, 5000 - 2 * i)]}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        top = draw(st.sampled_from([3, 20, HIGH]))
        nums = draw(st.lists(st.integers(max(LOW, -top), top), min_size=1, max_size=15))
    else:  # long lists: Hypothesis alone rarely draws them
        size = draw(st.integers(1, MAX_LEN))
        seed = draw(st.integers(0, 2**32))
        rng = random.Random(seed)
        shape = rng.randrange(3)
        if shape == 0:
            nums = [rng.randint(LOW, HIGH) for _ in range(size)]
        elif shape == 1:  # mostly increasing with noise
            nums = [max(LOW, min(HIGH, LOW + 8 * i + rng.randint(-40, 40))) for i in range(size)]
        else:  # few distinct values
            nums = [rng.randint(-5, 5) for _ in range(size)]
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
    # mostly increasing with local noise: the answer grows like n / 2
    return {"nums": [2 * i + rng.randint(-3, 3) for i in range(max(1, n))]}
