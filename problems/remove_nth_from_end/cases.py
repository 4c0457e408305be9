from hypothesis import strategies as st

LOW, HIGH = 0, 100
MAX_LEN = 30

EXAMPLES = [
    {"args": {"head": [1, 2, 3, 4, 5], "n": 2}, "expected": [1, 2, 3, 5]},
    {"args": {"head": [1], "n": 1}, "expected": []},
    {"args": {"head": [1, 2], "n": 1}, "expected": [1]},
    {"args": {"head": [7, 8, 9], "n": 3}, "expected": [8, 9]},
]

_LONG = list(range(1, MAX_LEN + 1))

HIDDEN = [
    {"tag": "single node, value zero", "args": {"head": [0], "n": 1}},
    {"tag": "two nodes, remove the first", "args": {"head": [1, 2], "n": 2}},
    {"tag": "two equal nodes, remove the last", "args": {"head": [4, 4], "n": 1}},
    {"tag": "three nodes, remove the middle", "args": {"head": [1, 2, 3], "n": 2}},
    {"tag": "remove the second node", "args": {"head": [10, 20, 30, 40, 50, 60], "n": 5}},
    {"tag": "remove the next-to-last node", "args": {"head": [10, 20, 30, 40, 50, 60], "n": 2}},
    {"tag": "duplicate value earlier in the list", "args": {"head": [5, 1, 5, 2], "n": 2}},
    {"tag": "duplicate value later in the list", "args": {"head": [3, 9, 3, 3], "n": 4}},
    {"tag": "all values equal", "args": {"head": [6] * 8, "n": 5}},
    {"tag": "extreme values", "args": {"head": [LOW, HIGH, LOW, HIGH], "n": 3}},
    {"tag": "max length, remove the head", "args": {"head": _LONG, "n": MAX_LEN}},
    {"tag": "max length, remove the tail", "args": {"head": _LONG, "n": 1}},
    {"tag": "max length, remove the middle", "args": {"head": _LONG, "n": 15}},
    {"tag": "max length, remove the second", "args": {"head": _LONG, "n": MAX_LEN - 1}},
    {"tag": "max length, all zeros", "args": {"head": [0] * MAX_LEN, "n": 7}},
    {
        "tag": "max length, descending values",
        "args": {"head": list(range(100, 100 - 3 * MAX_LEN, -3)), "n": 11},
    },
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        values = draw(st.lists(st.integers(0, 3), min_size=1, max_size=MAX_LEN))
    else:
        values = draw(st.lists(st.integers(LOW, HIGH), min_size=1, max_size=MAX_LEN))
    n = draw(st.one_of(st.integers(1, len(values)), st.just(len(values)), st.just(1)))
    return {"head": values, "n": n}


def inputs():
    return _inputs()


def valid(args):
    head, n = args["head"], args["n"]
    if type(head) is not list or not 1 <= len(head) <= MAX_LEN:
        return "number of nodes out of range"
    if any(type(v) is not int or not LOW <= v <= HIGH for v in head):
        return "value out of range"
    if type(n) is not int or not 1 <= n <= len(head):
        return "n out of range"
    return None


def large(n, rng):
    # 16n nodes, the 8n-th from the end removed: a walk of 8n steps from every node, or
    # a count of the rest from every node, is quadratic here. Sixteen times n because
    # the probe's sizes for a cubic bar are small (n <= 128): at 16n a quadratic walk
    # takes clearly longer than a call's fixed cost, and a recursion's one-time step
    # in cost (Python's frame stack grows past its first block at about 150 frames
    # deep) falls between the first two sizes instead of in the middle of the curve
    length = 16 * max(1, n)
    return {"head": [rng.randint(LOW, HIGH) for _ in range(length)], "n": length // 2}
