import random

from hypothesis import strategies as st

LOW, HIGH = -5000, 5000
MAX_LEN = 5000

EXAMPLES = [
    {"args": {"head": [1, 2, 3, 4, 5]}, "expected": [5, 4, 3, 2, 1]},
    {"args": {"head": [1, 2]}, "expected": [2, 1]},
    {"args": {"head": []}, "expected": []},
]

_rng = random.Random(206)
_RANDOM_MAX = [_rng.randint(LOW, HIGH) for _ in range(MAX_LEN)]
_RANDOM_ODD = [_rng.randint(-50, 50) for _ in range(MAX_LEN - 1)]

HIDDEN = [
    {"tag": "empty list", "args": {"head": []}},
    {"tag": "single node", "args": {"head": [42]}},
    {"tag": "single node, lowest value", "args": {"head": [LOW]}},
    {"tag": "two nodes", "args": {"head": [3, 8]}},
    {"tag": "two equal nodes", "args": {"head": [7, 7]}},
    {"tag": "three nodes", "args": {"head": [1, 2, 3]}},
    {"tag": "palindrome", "args": {"head": [1, 2, 3, 2, 1]}},
    {"tag": "all values equal", "args": {"head": [4] * 10}},
    {"tag": "negative values", "args": {"head": [-1, -2, -3, -4]}},
    {"tag": "extreme values", "args": {"head": [LOW, HIGH, 0, HIGH, LOW + 1]}},
    {"tag": "zeros", "args": {"head": [0, 0, 0]}},
    {"tag": "duplicates in pairs", "args": {"head": [1, 1, 2, 2, 3, 3]}},
    {"tag": "descending", "args": {"head": [9, 7, 5, 3, 1, -1]}},
    {"tag": "alternating signs", "args": {"head": [(-1) ** i * i for i in range(1, 40)]}},
    {"tag": "max length, increasing", "args": {"head": list(range(-2500, 2500))}},
    {"tag": "max length, random values", "args": {"head": _RANDOM_MAX}},
    {"tag": "max length, all equal", "args": {"head": [HIGH] * MAX_LEN}},
    {"tag": "odd length 4999, many duplicates", "args": {"head": _RANDOM_ODD}},
]

_values = st.one_of(st.integers(-5, 5), st.integers(LOW, HIGH))


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        values = draw(st.lists(_values, max_size=30))
    else:  # long lists: Hypothesis alone rarely draws them
        size = draw(st.integers(0, MAX_LEN))
        seed = draw(st.integers(0, 2**32))
        rng = random.Random(seed)
        spread = rng.choice([3, 100, HIGH])
        values = [rng.randint(-spread, spread) for _ in range(size)]
    return {"head": values}


def inputs():
    return _inputs()


def valid(args):
    head = args["head"]
    if type(head) is not list:
        return "head is not a list of values"
    if len(head) > MAX_LEN:
        return "more than 5000 nodes"
    if any(type(v) is not int or not LOW <= v <= HIGH for v in head):
        return "value out of range"
    return None


def large(n, rng):
    return {"head": [rng.randint(LOW, HIGH) for _ in range(n)]}
