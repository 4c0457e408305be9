import random

from hypothesis import strategies as st

LOW, HIGH = -(10**5), 10**5
MAX_LEN = 10_000

EXAMPLES = [
    {"args": {"head": [5, -3, 8, 0], "pos": 1}, "expected": True},
    {"args": {"head": [7, 7], "pos": 0}, "expected": True},
    {"args": {"head": [2, 2], "pos": -1}, "expected": False},
]

_rng = random.Random(141)
_LONG = [_rng.randint(LOW, HIGH) for _ in range(MAX_LEN)]
_SMALL_RANGE = [_rng.randint(-3, 3) for _ in range(MAX_LEN)]  # many repeated values

HIDDEN = [
    {"tag": "empty list", "args": {"head": [], "pos": -1}},
    {"tag": "single node, no cycle", "args": {"head": [7], "pos": -1}},
    {"tag": "single node pointing to itself", "args": {"head": [7], "pos": 0}},
    {"tag": "two nodes, no cycle", "args": {"head": [1, 2], "pos": -1}},
    {"tag": "two nodes, tail points to itself", "args": {"head": [1, 2], "pos": 1}},
    {"tag": "repeated values, no cycle", "args": {"head": [1, 1], "pos": -1}},
    {"tag": "repeated values far apart, no cycle", "args": {"head": [4, 9, -2, 8, 4, 0], "pos": -1}},
    {"tag": "three nodes, cycle to head", "args": {"head": [1, 2, 3], "pos": 0}},
    {"tag": "odd loop after a tail", "args": {"head": [10, 20, 30, 40, 50, 60, 70], "pos": 2}},
    {"tag": "even loop after a tail", "args": {"head": [10, 20, 30, 40, 50, 60, 70, 80], "pos": 4}},
    {"tag": "extreme values, cycle", "args": {"head": [HIGH, LOW, 0, HIGH, LOW], "pos": 3}},
    {"tag": "extreme values, no cycle", "args": {"head": [LOW, HIGH, LOW, HIGH], "pos": -1}},
    {"tag": "max length, no cycle", "args": {"head": _LONG, "pos": -1}},
    {"tag": "max length, cycle to head", "args": {"head": _LONG, "pos": 0}},
    {"tag": "max length, last node points to itself", "args": {"head": _LONG, "pos": MAX_LEN - 1}},
    {"tag": "max length, loop starts in the middle", "args": {"head": _LONG, "pos": MAX_LEN // 2 + 1}},
    {"tag": "max length, all values equal, no cycle", "args": {"head": [0] * MAX_LEN, "pos": -1}},
    {"tag": "max length, few distinct values, no cycle", "args": {"head": _SMALL_RANGE, "pos": -1}},
    {"tag": "just under max length, no cycle", "args": {"head": _LONG[:-1], "pos": -1}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        values = draw(st.lists(st.integers(LOW, HIGH) | st.integers(-2, 2), max_size=30))
    else:  # long lists: Hypothesis alone rarely draws them
        size = draw(st.integers(0, MAX_LEN))
        seed = draw(st.integers(0, 2**32))
        r = random.Random(seed)
        spread = r.choice([2, 100, HIGH])  # small spreads give many repeated values
        values = [r.randint(max(LOW, -spread), min(HIGH, spread)) for _ in range(size)]
    if not values:
        return {"head": [], "pos": -1}
    pos = draw(st.one_of(st.just(-1), st.integers(0, len(values) - 1)))
    return {"head": values, "pos": pos}


def inputs():
    return _inputs()


def valid(args):
    head, pos = args["head"], args["pos"]
    if type(head) is not list or not 0 <= len(head) <= MAX_LEN:
        return "length out of range"
    if any(type(v) is not int or not LOW <= v <= HIGH for v in head):
        return "value out of range"
    if type(pos) is not int or not (pos == -1 or 0 <= pos < len(head)):
        return "pos is neither -1 nor an index of the list"
    return None


def large(n, rng):
    # the same shape at every size: a tail of n/2 nodes, then a loop of n/2 nodes
    values = [rng.randint(LOW, HIGH) for _ in range(n)]
    return {"head": values, "pos": n // 2 if n else -1}
