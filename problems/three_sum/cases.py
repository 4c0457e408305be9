import random

from hypothesis import strategies as st

LOW, HIGH = -(10**5), 10**5
MAX_LEN = 3000
# The longest lists the correctness cases use. Longer ones would only test speed, and
# the growth check does that: an O(n^3) solution must still get right answers here
# (and so be judged "too slow", not "time limit exceeded").
LONG = 100

EXAMPLES = [
    {"args": {"nums": [-1, 0, 1, 2, -1, -4]}, "expected": [[-1, -1, 2], [-1, 0, 1]]},
    {"args": {"nums": [0, 1, 1]}, "expected": []},
    {"args": {"nums": [0, 0, 0]}, "expected": [[0, 0, 0]]},
]


def _shuffled(values, seed):
    values = list(values)
    random.Random(seed).shuffle(values)
    return values


HIDDEN = [
    {"tag": "four zeros", "args": {"nums": [0, 0, 0, 0]}},
    {"tag": "two zeros and a one", "args": {"nums": [0, 0, 1]}},
    {"tag": "three positives", "args": {"nums": [1, 2, 3]}},
    {"tag": "all negative", "args": {"nums": [-5, -1, -3, -2]}},
    {"tag": "repeated value in the triplet", "args": {"nums": [-1, -1, 2]}},
    {"tag": "two triplets sharing the smallest", "args": {"nums": [-2, 0, 1, 1, 2]}},
    {"tag": "duplicate middle values", "args": {"nums": [-2, 0, 0, 2, 2]}},
    {"tag": "zero used once", "args": {"nums": [-1, 0, 1, 0]}},
    {"tag": "an element cannot be used twice", "args": {"nums": [-2, 1, 3, 5]}},
    {"tag": "negative used twice needs two copies", "args": {"nums": [-4, 8, 2, -1]}},
    {"tag": "extremes", "args": {"nums": [LOW, HIGH // 2, HIGH // 2, HIGH, 0]}},
    {"tag": "six values, many triplets", "args": {"nums": [3, 0, -2, -1, 1, 2]}},
    {"tag": "mixed, unsorted", "args": {"nums": [-4, -2, -2, -2, 0, 1, 2, 2, 2, 3, 3, 4, 4, 6, 6]}},
    {
        "tag": "many copies of few values",
        "args": {"nums": _shuffled([-1] * 30 + [0] * 30 + [1] * 30 + [2] * 30, 15)},
    },
    {"tag": "long, symmetric range", "args": {"nums": _shuffled(range(-LONG // 2, LONG // 2), 16)}},
    {
        "tag": "long, odd values only",
        "args": {"nums": _shuffled([2 * v + 1 for v in range(-LONG // 2, LONG // 2)], 17)},
    },
    {
        "tag": "long, small range with repeats",
        "args": {"nums": [random.Random(18 + i).randint(-20, 20) for i in range(LONG)]},
    },
    {
        "tag": "long, wide values",
        "args": {
            "nums": random.Random(19).sample(range(-300, 300), LONG // 2)
            + random.Random(20).sample(range(LOW, HIGH), LONG // 2)
        },
    },
]


@st.composite
def _inputs(draw):
    kind = draw(st.integers(0, 2))
    if kind == 0:  # a narrow range: triplets and duplicates are likely
        return {"nums": draw(st.lists(st.integers(-6, 6), min_size=3, max_size=14))}
    if kind == 1:
        return {"nums": draw(st.lists(st.integers(LOW, HIGH), min_size=3, max_size=20))}
    # long lists over a drawn range: Hypothesis alone rarely draws them
    size = draw(st.integers(3, LONG))
    reach = draw(st.sampled_from([1, 5, 50, 1000, HIGH]))
    rng = random.Random(draw(st.integers(0, 2**32)))
    return {"nums": [rng.randint(-reach, reach) for _ in range(size)]}


def inputs():
    return _inputs()


def valid(args):
    nums = args["nums"]
    if not 3 <= len(nums) <= MAX_LEN:
        return "length out of range"
    if any(not LOW <= v <= HIGH for v in nums):
        return "value out of range"
    return None


def large(n, rng):
    # Distinct odd values: no triplet sums to zero, so nothing ends a scan early.
    return {"nums": [2 * v + 1 for v in rng.sample(range(-50_000, 50_000), n)]}


def check(args, expected, got):
    if type(got) is not list or len(got) != len(expected):
        return False
    seen = set()
    for t in got:
        if type(t) is not list or len(t) != 3 or any(type(v) is not int for v in t):
            return False
        seen.add(tuple(sorted(t)))
    return seen == {tuple(sorted(t)) for t in expected}
