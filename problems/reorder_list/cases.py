import random

from hypothesis import strategies as st

LOW, HIGH = 1, 1000
MAX_LEN = 50_000

EXAMPLES = [
    {"args": {"head": [10, 20, 30, 40]}, "expected": [10, 40, 20, 30]},
    {"args": {"head": [5, 4, 3, 2, 1]}, "expected": [5, 1, 4, 2, 3]},
    {"args": {"head": [9]}, "expected": [9]},
]

_rng = random.Random(143)

HIDDEN = [
    {"tag": "single node", "args": {"head": [1000]}},
    {"tag": "two nodes", "args": {"head": [3, 8]}},
    {"tag": "three nodes", "args": {"head": [5, 6, 7]}},
    {"tag": "six nodes", "args": {"head": [10, 20, 30, 40, 50, 60]}},
    {"tag": "seven nodes", "args": {"head": [7, 6, 5, 4, 3, 2, 1]}},
    {"tag": "eight nodes", "args": {"head": [1, 2, 3, 4, 5, 6, 7, 8]}},
    {"tag": "all values equal", "args": {"head": [4] * 9}},
    {"tag": "extreme values", "args": {"head": [LOW, HIGH, LOW, HIGH, HIGH, LOW]}},
    {"tag": "palindrome values", "args": {"head": [1, 2, 3, 2, 1]}},
    {"tag": "repeated pairs", "args": {"head": [1, 1, 2, 2, 3, 3, 4, 4]}},
    {"tag": "two equal nodes", "args": {"head": [1, 1]}},
    {"tag": "random 101 nodes", "args": {"head": [_rng.randint(LOW, HIGH) for _ in range(101)]}},
    {"tag": "max length, even", "args": {"head": [i % HIGH + 1 for i in range(MAX_LEN)]}},
    {"tag": "max length - 1, odd", "args": {"head": [_rng.randint(LOW, HIGH) for _ in range(MAX_LEN - 1)]}},
    {"tag": "max length, all equal", "args": {"head": [HIGH] * MAX_LEN}},
    {"tag": "long, decreasing", "args": {"head": [HIGH - i for i in range(HIGH)]}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        values = draw(st.lists(st.integers(LOW, HIGH) | st.integers(1, 3), min_size=1, max_size=30))
    else:  # long lists: Hypothesis alone rarely draws them
        size = draw(st.integers(1, MAX_LEN))
        seed = draw(st.integers(0, 2**32))
        r = random.Random(seed)
        values = [r.randint(LOW, HIGH) for _ in range(size)]
    return {"head": values}


def inputs():
    return _inputs()


def valid(args):
    head = args["head"]
    if type(head) is not list or not 1 <= len(head) <= MAX_LEN:
        return "length out of range"
    if any(type(v) is not int or not LOW <= v <= HIGH for v in head):
        return "value out of range"
    return None


def large(n, rng):
    return {"head": [rng.randint(LOW, HIGH) for _ in range(max(n, 1))]}
