import random

from hypothesis import strategies as st

from judge.authoring.trees import check_level_order, level_order, random_tree, small_trees

LOW, HIGH = -100, 100
MAX_NODES = 10_000
SPINE_NODES = 3_000  # trees with many deep leaves stay this small in the tests (see statement Notes)

EXAMPLES = [
    {"args": {"root": [1, 2, 3, None, 4, None, None, 5]}, "expected": 4},
    {"args": {"root": [7, None, -2]}, "expected": 2},
    {"args": {"root": []}, "expected": 0},
    {"args": {"root": [0]}, "expected": 1},
]

_rng = random.Random(104)

HIDDEN = [
    {"tag": "single node, negative value", "args": {"root": [-100]}},
    {"tag": "only a left child", "args": {"root": [1, 2]}},
    {"tag": "only a right child", "args": {"root": [1, None, 2]}},
    {"tag": "two children", "args": {"root": [1, 2, 3]}},
    {"tag": "deepest leaf on the right", "args": {"root": [1, 2, 3, 4, None, None, 5, None, None, None, 6]}},
    {"tag": "deepest leaf on the left, right side wider", "args": {"root": [1, 2, 3, 4, None, 5, 6, 7]}},
    {
        "tag": "deep path under a shallow branch",
        "args": {"root": [3, 9, 20, None, None, 15, 7, None, 1, None, None, 8]},
    },
    {"tag": "zero values", "args": {"root": [0, 0, 0, None, 0, None, None, 0]}},
    {"tag": "all values equal", "args": {"root": [5, 5, 5, 5, 5, 5, 5]}},
    {"tag": "extreme values", "args": {"root": [LOW, HIGH, LOW, None, HIGH]}},
    {"tag": "zigzag path", "args": {"root": random_tree(_rng, 12, "zigzag", LOW, HIGH)}},
    {"tag": "perfect tree of 127 nodes", "args": {"root": random_tree(_rng, 127, "complete", LOW, HIGH)}},
    {
        "tag": "complete tree, one node into a new level",
        "args": {"root": random_tree(_rng, 128, "complete", LOW, HIGH)},
    },
    {"tag": "max nodes, left path", "args": {"root": random_tree(_rng, MAX_NODES, "left", LOW, HIGH)}},
    {"tag": "max nodes, right path", "args": {"root": random_tree(_rng, MAX_NODES, "right", LOW, HIGH)}},
    {"tag": "max nodes, complete", "args": {"root": random_tree(_rng, MAX_NODES, "complete", LOW, HIGH)}},
    {"tag": "max nodes, random shape", "args": {"root": random_tree(_rng, MAX_NODES, "random", LOW, HIGH)}},
    {
        "tag": "long path with many branches",
        "args": {"root": random_tree(_rng, SPINE_NODES, "spine", LOW, HIGH)},
    },
]

SHAPES = ["random", "random", "spine", "complete", "left", "right", "zigzag"]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        return {"root": draw(small_trees(30, LOW, HIGH))}
    # big trees: Hypothesis alone rarely draws them
    shape = draw(st.sampled_from(SHAPES))
    size = draw(st.integers(0, SPINE_NODES if shape == "spine" else MAX_NODES))
    rng = random.Random(draw(st.integers(0, 2**32)))
    return {"root": random_tree(rng, size, shape, LOW, HIGH)}


def inputs():
    return _inputs()


def valid(args):
    return check_level_order(args["root"], MAX_NODES, LOW, HIGH)


def large(n, rng):
    # a broom: a path of n/2 nodes turning left or right at random, with a complete
    # tree of the other n/2 hanging from its end, so about n/4 leaves lie n/2 deep
    # (the worst shape for a walk from every leaf up to the root)
    left, right = [-1] * n, [-1] * n
    handle = n // 2
    for i in range(1, handle):
        (left if rng.random() < 0.5 else right)[i - 1] = i
    for k in range(n - handle):  # node handle + k; its children are k's in a heap layout
        for child, side in ((2 * k + 1, left), (2 * k + 2, right)):
            if child < n - handle:
                side[handle + k] = handle + child
    if 0 < handle < n:
        left[handle - 1] = handle
    values = [rng.randint(LOW, HIGH) for _ in range(n)]
    return {"root": level_order(values, left, right)}
