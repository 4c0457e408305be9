import random

from hypothesis import strategies as st

from judge.authoring.trees import check_level_order, level_order, random_tree, shape, small_trees

LOW, HIGH = -1000, 1000
MAX_NODES = 2000

EXAMPLES = [
    {"args": {"root": [8, 4, 12, None, 6, 10]}, "expected": [[8], [4, 12], [6, 10]]},
    {"args": {"root": [1]}, "expected": [[1]]},
    {"args": {"root": []}, "expected": []},
    {"args": {"root": [1, 2, None, 3, 4, 5]}, "expected": [[1], [2], [3, 4], [5]]},
]

_rng = random.Random(102)


def _distinct(n, kind):
    """An n-node tree of the given shape with distinct values, so the order shows."""
    left, right = shape(_rng, n, kind)
    return level_order(_rng.sample(range(LOW, HIGH + 1), n), left, right)


HIDDEN = [
    {"tag": "single node, negative", "args": {"root": [LOW]}},
    {"tag": "only a left child", "args": {"root": [1, 2]}},
    {"tag": "only a right child", "args": {"root": [1, None, 2]}},
    {"tag": "perfect tree of 7 nodes", "args": {"root": [1, 2, 3, 4, 5, 6, 7]}},
    {"tag": "level with gaps", "args": {"root": [1, 2, 3, None, 4, None, 5]}},
    {
        "tag": "cousins from different parents",
        "args": {"root": [1, 2, 3, 4, None, None, 5, 6, None, None, 7]},
    },
    {"tag": "right subtree deeper", "args": {"root": [3, 9, 20, None, None, 15, 7, 1, 2]}},
    {"tag": "repeated values", "args": {"root": [0, 0, 0, 0, None, 0]}},
    {"tag": "extreme values", "args": {"root": [HIGH, LOW, HIGH, None, LOW]}},
    {"tag": "zigzag path", "args": {"root": _distinct(15, "zigzag")}},
    {"tag": "perfect tree of 255 nodes", "args": {"root": _distinct(255, "complete")}},
    {"tag": "max nodes, complete", "args": {"root": _distinct(MAX_NODES, "complete")}},
    {"tag": "max nodes, random shape", "args": {"root": _distinct(MAX_NODES, "random")}},
    {"tag": "max nodes, left path", "args": {"root": _distinct(MAX_NODES, "left")}},
    {"tag": "max nodes, right path", "args": {"root": _distinct(MAX_NODES, "right")}},
    {"tag": "max nodes, long path with branches", "args": {"root": _distinct(MAX_NODES, "spine")}},
    {
        "tag": "max nodes, random shape, few values",
        "args": {"root": random_tree(_rng, MAX_NODES, "random", -3, 3)},
    },
]

SHAPES = ["random", "random", "spine", "complete", "left", "right", "zigzag"]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        return {"root": draw(small_trees(30, LOW, HIGH))}
    # big trees: Hypothesis alone rarely draws them
    size = draw(st.integers(0, MAX_NODES))
    rng = random.Random(draw(st.integers(0, 2**32)))
    return {"root": random_tree(rng, size, draw(st.sampled_from(SHAPES)), LOW, HIGH)}


def inputs():
    return _inputs()


def valid(args):
    return check_level_order(args["root"], MAX_NODES, LOW, HIGH)


def _caterpillar(n, rng):
    """A path of about n / 2 nodes, turning left or right at random, each path node
    with one leaf on its other side: as deep as half the nodes, and two nodes wide."""
    left, right = [-1] * n, [-1] * n
    node = 0
    while node + 1 < n:
        on, off = (left, right) if rng.random() < 0.5 else (right, left)
        on[node] = node + 1  # the path goes on
        if node + 2 < n:
            off[node] = node + 2  # a leaf
        node += 2 if node + 2 < n else 1
    return left, right


def large(n, rng):
    # Deep: a walk from the root for every level costs O(n * height), quadratic here.
    # Narrow on purpose: a list queue taken from the front (pop(0), slicing) is
    # accepted on LeetCode at 2000 nodes, and stays cheap on a tree two nodes wide.
    n = max(1, n)
    left, right = _caterpillar(n, rng)
    return {"root": level_order([rng.randint(LOW, HIGH) for _ in range(n)], left, right)}
