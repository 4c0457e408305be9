import random

from hypothesis import strategies as st

from judge.authoring.trees import check_level_order, level_order, random_tree, shape, small_trees

LOW, HIGH = -100, 100
MAX_NODES = 100

EXAMPLES = [
    {"args": {"root": [5, 3, 8, 1, 4, 7, 9]}, "expected": [5, 8, 3, 9, 7, 4, 1]},
    {"args": {"root": [2, 1]}, "expected": [2, None, 1]},
    {"args": {"root": []}, "expected": []},
    {"args": {"root": [6, None, 4, 3]}, "expected": [6, 4, None, None, 3]},
]

_rng = random.Random(226)


def _distinct(n, kind):
    """An n-node tree of the given shape with distinct values, so every move shows."""
    left, right = shape(_rng, n, kind)
    return level_order(_rng.sample(range(LOW, HIGH + 1), n), left, right)


HIDDEN = [
    {"tag": "single node", "args": {"root": [1]}},
    {"tag": "only a right child", "args": {"root": [1, None, 2]}},
    {"tag": "two children", "args": {"root": [1, 2, 3]}},
    {"tag": "grandchildren on one side only", "args": {"root": [1, 2, None, 3, 4]}},
    {"tag": "missing children at the bottom", "args": {"root": [4, 2, 7, 1, None, None, 9]}},
    {"tag": "inner grandchildren", "args": {"root": [10, 20, 30, None, 40, 50]}},
    {"tag": "symmetric tree", "args": {"root": [1, 2, 2, 3, 4, 4, 3]}},
    {"tag": "equal values, lopsided shape", "args": {"root": [0, 0, 0, 0, None, None, None, 0]}},
    {"tag": "negative and extreme values", "args": {"root": [LOW, HIGH, -1, None, 0, LOW]}},
    {"tag": "left path", "args": {"root": _distinct(10, "left")}},
    {"tag": "zigzag path", "args": {"root": _distinct(12, "zigzag")}},
    {"tag": "perfect tree of 63 nodes", "args": {"root": _distinct(63, "complete")}},
    {"tag": "max nodes, complete", "args": {"root": _distinct(MAX_NODES, "complete")}},
    {"tag": "max nodes, random shape", "args": {"root": _distinct(MAX_NODES, "random")}},
    {"tag": "max nodes, right path", "args": {"root": _distinct(MAX_NODES, "right")}},
    {"tag": "max nodes, long path with branches", "args": {"root": _distinct(MAX_NODES, "spine")}},
    {
        "tag": "max nodes, random shape, repeated values",
        "args": {"root": random_tree(_rng, MAX_NODES, "random", -2, 2)},
    },
]

SHAPES = ["random", "random", "spine", "complete", "left", "right", "zigzag"]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        return {"root": draw(small_trees(MAX_NODES, LOW, HIGH))}
    size = draw(st.integers(0, MAX_NODES))
    rng = random.Random(draw(st.integers(0, 2**32)))
    return {"root": random_tree(rng, size, draw(st.sampled_from(SHAPES)), LOW, HIGH)}


def inputs():
    return _inputs()


def valid(args):
    return check_level_order(args["root"], MAX_NODES, LOW, HIGH)


def large(n, rng):
    # complete: the widest levels for its size, the worst case for a queue copied or
    # shifted on every step
    return {"root": random_tree(rng, n, "complete", LOW, HIGH)}
