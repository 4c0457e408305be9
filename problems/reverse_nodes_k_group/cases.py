import random

from hypothesis import strategies as st

LOW, HIGH = 0, 1000
MAX_LEN = 5000

EXAMPLES = [
    {"args": {"head": [1, 2, 3, 4, 5], "k": 2}, "expected": [2, 1, 4, 3, 5]},
    {"args": {"head": [1, 2, 3, 4, 5], "k": 3}, "expected": [3, 2, 1, 4, 5]},
    {"args": {"head": [7, 8, 9, 10], "k": 4}, "expected": [10, 9, 8, 7]},
]

_rng = random.Random(25)
_RANDOM_MAX = [_rng.randint(LOW, HIGH) for _ in range(MAX_LEN)]
_COUNTING = list(range(1, 21))

HIDDEN = [
    {"tag": "single node", "args": {"head": [42], "k": 1}},
    {"tag": "two nodes, k = 2", "args": {"head": [3, 8], "k": 2}},
    {"tag": "two nodes, k = 1", "args": {"head": [3, 8], "k": 1}},
    {"tag": "k = 1 leaves the list as it is", "args": {"head": [5, 1, 4, 2, 3], "k": 1}},
    {"tag": "k = n reverses everything", "args": {"head": _COUNTING, "k": 20}},
    {"tag": "k = n - 1, one node left over", "args": {"head": _COUNTING, "k": 19}},
    {"tag": "k = 2, odd length", "args": {"head": [1, 2, 3, 4, 5, 6, 7], "k": 2}},
    {"tag": "k = 3, two left over", "args": {"head": [1, 2, 3, 4, 5, 6, 7, 8], "k": 3}},
    {"tag": "k divides n", "args": {"head": _COUNTING, "k": 5}},
    {"tag": "k = 4, three left over", "args": {"head": list(range(11)), "k": 4}},
    {"tag": "k just over half", "args": {"head": _COUNTING, "k": 11}},
    {"tag": "all values equal", "args": {"head": [6] * 9, "k": 4}},
    {"tag": "zeros and extremes", "args": {"head": [0, HIGH, 0, HIGH, 7, 0], "k": 3}},
    {"tag": "repeated values in a group", "args": {"head": [1, 1, 2, 2, 1, 1, 3], "k": 3}},
    {"tag": "max length, k = 1", "args": {"head": _RANDOM_MAX, "k": 1}},
    {"tag": "max length, k = 2", "args": {"head": _RANDOM_MAX, "k": 2}},
    {"tag": "max length, k = n", "args": {"head": _RANDOM_MAX, "k": MAX_LEN}},
    {"tag": "max length, k = n - 1", "args": {"head": _RANDOM_MAX, "k": MAX_LEN - 1}},
    {"tag": "max length, k = 70", "args": {"head": [i % (HIGH + 1) for i in range(MAX_LEN)], "k": 70}},
    {"tag": "max length, k = n / 2", "args": {"head": _RANDOM_MAX, "k": MAX_LEN // 2}},
]

_values = st.one_of(st.integers(0, 5), st.integers(LOW, HIGH))


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        values = draw(st.lists(_values, min_size=1, max_size=30))
    else:  # long lists: Hypothesis alone rarely draws them
        size = draw(st.integers(1, MAX_LEN))
        rng = random.Random(draw(st.integers(0, 2**32)))
        values = [rng.randint(LOW, HIGH) for _ in range(size)]
    n = len(values)
    edges = sorted({v for v in (1, 2, 3, n - 1, n) if 1 <= v <= n})
    k = draw(st.one_of(st.integers(1, n), st.sampled_from(edges)))
    return {"head": values, "k": k}


def inputs():
    return _inputs()


def valid(args):
    head, k = args["head"], args["k"]
    if type(head) is not list or not 1 <= len(head) <= MAX_LEN:
        return "the list does not have 1 to 5000 nodes"
    if any(type(v) is not int or not LOW <= v <= HIGH for v in head):
        return "value out of range"
    if type(k) is not int or not 1 <= k <= len(head):
        return "k is not between 1 and the number of nodes"
    return None


def large(n, rng):
    # one group of nine tenths of the list and a part left over: finding each node of
    # a group by walking from the group's start again is quadratic in n
    return {"head": [rng.randint(LOW, HIGH) for _ in range(n)], "k": max(1, n - n // 10)}
