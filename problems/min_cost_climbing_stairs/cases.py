import random

from hypothesis import strategies as st

LOW, HIGH = 0, 999
MIN_LEN, MAX_LEN = 2, 1000
# Growth-check inputs stop growing here: past ~2500 levels, memoized recursion
# (@cache) slows down per level in CPython, which would look like a worse class.
LARGE_CAP = 2048

EXAMPLES = [
    {"args": {"cost": [10, 15, 20]}, "expected": 15},
    {"args": {"cost": [1, 100, 1, 1, 1, 100, 1, 1, 100, 1]}, "expected": 6},
]

_rng = random.Random(746)

HIDDEN = [
    {"tag": "two steps, start on the cheaper", "args": {"cost": [5, 3]}},
    {"tag": "two steps, first cheaper", "args": {"cost": [3, 5]}},
    {"tag": "two free steps", "args": {"cost": [0, 0]}},
    {"tag": "start on step 1 pays off", "args": {"cost": [100, 1, 100]}},
    {"tag": "last step skipped", "args": {"cost": [1, 1, 999]}},
    {"tag": "last step cheap, second last dear", "args": {"cost": [1, 2, 999, 1]}},
    {"tag": "cheaper next step is a trap", "args": {"cost": [0, 1, 2, 999, 0, 999]}},
    {"tag": "one step at a time is cheaper", "args": {"cost": [0, 5, 1, 1, 1, 5]}},
    {"tag": "all zero", "args": {"cost": [0] * 9}},
    {"tag": "all equal, odd length", "args": {"cost": [7] * 11}},
    {"tag": "all equal, even length", "args": {"cost": [7] * 12}},
    {"tag": "increasing", "args": {"cost": list(range(1, 21))}},
    {"tag": "decreasing", "args": {"cost": list(range(20, 0, -1))}},
    {"tag": "dear pairs force single steps", "args": {"cost": [1, 999, 999, 1, 999, 999, 1, 1]}},
    {"tag": "max length, max values", "args": {"cost": [HIGH] * MAX_LEN}},
    {"tag": "max length, alternating", "args": {"cost": [0, HIGH] * (MAX_LEN // 2)}},
    {"tag": "max length, random", "args": {"cost": [_rng.randint(LOW, HIGH) for _ in range(MAX_LEN)]}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        cost = draw(st.lists(st.integers(LOW, HIGH), min_size=MIN_LEN, max_size=12))
    else:  # long staircases: Hypothesis alone rarely draws them
        size = draw(st.integers(MIN_LEN, MAX_LEN))
        seed = draw(st.integers(0, 2**32))
        rng = random.Random(seed)
        top = rng.choice([1, 10, HIGH])
        cost = [rng.randint(LOW, top) for _ in range(size)]
    return {"cost": cost}


def inputs():
    return _inputs()


def valid(args):
    cost = args.get("cost")
    if type(cost) is not list or not MIN_LEN <= len(cost) <= MAX_LEN:
        return "length out of range"
    if any(type(v) is not int or not LOW <= v <= HIGH for v in cost):
        return "value out of range"
    return None


def large(n, rng):
    n = max(MIN_LEN, min(n, LARGE_CAP))
    return {"cost": [rng.randint(LOW, HIGH) for _ in range(n)]}
