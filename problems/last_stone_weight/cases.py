import random

from hypothesis import strategies as st

MAX_LEN = 30
LOW, HIGH = 1, 1000

EXAMPLES = [
    {"args": {"stones": [3, 9, 4, 4, 1]}, "expected": 1},
    {"args": {"stones": [6, 6]}, "expected": 0},
    {"args": {"stones": [12]}, "expected": 12},
]

HIDDEN = [
    {"tag": "single stone of weight 1", "args": {"stones": [1]}},
    {"tag": "single heaviest stone", "args": {"stones": [HIGH]}},
    {"tag": "two different stones", "args": {"stones": [1, HIGH]}},
    {"tag": "three equal stones", "args": {"stones": [5, 5, 5]}},
    {"tag": "all equal, even count", "args": {"stones": [7] * 30}},
    {"tag": "all equal, odd count", "args": {"stones": [HIGH] * 29}},
    {"tag": "everything cancels", "args": {"stones": [10, 4, 6, 1, 1]}},
    {"tag": "remainder must be re-sorted", "args": {"stones": [10, 9, 8, 2]}},
    {"tag": "remainder is the heaviest again", "args": {"stones": [1000, 1, 1, 1]}},
    {"tag": "increasing weights", "args": {"stones": list(range(1, 31))}},
    {"tag": "decreasing weights", "args": {"stones": list(range(1000, 970, -1))}},
    {"tag": "powers of two", "args": {"stones": [512, 256, 128, 64, 32, 16, 8, 4, 2, 1, 1]}},
    {"tag": "one heavy, many light", "args": {"stones": [999] + [1] * 29}},
    {"tag": "two heavy, many light", "args": {"stones": [1000, 998] + [1] * 28}},
    {"tag": "pairs in order", "args": {"stones": [1, 1, 2, 2, 3, 3, 50]}},
    {"tag": "max length, mixed", "args": {"stones": [(i * 389) % 1000 + 1 for i in range(MAX_LEN)]}},
    {"tag": "smallest two last", "args": {"stones": [20, 30, 40, 2, 1]}},
    {"tag": "leftover 1 after many smashes", "args": {"stones": [2, 7, 4, 1, 8, 1]}},
]


@st.composite
def _inputs(draw):
    weight = st.one_of(st.integers(LOW, HIGH), st.integers(1, 10), st.sampled_from([LOW, HIGH]))
    return {"stones": draw(st.lists(weight, min_size=1, max_size=MAX_LEN))}


def inputs():
    return _inputs()


def valid(args):
    stones = args["stones"]
    if not 1 <= len(stones) <= MAX_LEN:
        return "length out of range"
    if any(type(s) is not int or not LOW <= s <= HIGH for s in stones):
        return "weight out of range"
    return None


def large(n, rng):
    return {"stones": [rng.randint(LOW, HIGH) for _ in range(n)]}
