import random

from hypothesis import strategies as st

from judge.authoring.trees import check_level_order, level_order, random_tree, small_trees

LOW, HIGH = -100, 100
MAX_NODES = 10_000
DEEP_NODES = 1_000  # paths stay this long in the tests, so that O(n * h) passes (statement Notes)

EXAMPLES = [
    {"args": {"root": [1, 2, 3, 4, 5]}, "expected": 3},
    {"args": {"root": [1, 2]}, "expected": 1},
    {"args": {"root": [5]}, "expected": 0},
    {"args": {"root": [1, None, 2, 3, 4, 5, None, None, 6, 7, None, None, 8]}, "expected": 6},
]

_rng = random.Random(543)


def _arms(left_len, right_len):
    """A root with a plain path of left_len nodes on its left and right_len on its right."""
    n = 1 + left_len + right_len
    left, right = [-1] * n, [-1] * n
    for i in range(left_len):
        left[i] = i + 1
    if right_len:
        right[0] = left_len + 1
    for i in range(left_len + 1, n - 1):
        right[i] = i + 1
    return level_order([_rng.randint(LOW, HIGH) for _ in range(n)], left, right)


HIDDEN = [
    {"tag": "single node, extreme value", "args": {"root": [LOW]}},
    {"tag": "only a left child", "args": {"root": [1, 2]}},
    {"tag": "only a right child", "args": {"root": [1, None, 2]}},
    {"tag": "two children", "args": {"root": [1, 2, 3]}},
    {"tag": "short path down the right", "args": {"root": [1, None, 2, None, 3]}},
    {
        "tag": "longest path bends below the root",
        "args": {"root": [1, 2, 3, 4, 5, None, None, 6, None, None, 7, 8, None, None, 9]},
    },
    {
        "tag": "bend below the root, root side one edge short",
        "args": {"root": [1, 2, None, 3, 4, 5, None, None, 6]},
    },
    {
        "tag": "through the root beats a deep bend by one",
        "args": {"root": [1, 2, 3, 4, 5, None, 6, 7, None, None, None, None, 8]},
    },
    {"tag": "one arm long, the other empty", "args": {"root": _arms(40, 0)}},
    {"tag": "two long arms from the root", "args": {"root": _arms(30, 25)}},
    {"tag": "zero and negative values", "args": {"root": [0, -1, 0, None, -100, 0]}},
    {"tag": "all values equal", "args": {"root": [7, 7, 7, 7, 7, 7, 7, 7]}},
    {"tag": "zigzag path", "args": {"root": random_tree(_rng, 15, "zigzag", LOW, HIGH)}},
    {"tag": "perfect tree of 127 nodes", "args": {"root": random_tree(_rng, 127, "complete", LOW, HIGH)}},
    {
        "tag": "complete tree, one node into a new level",
        "args": {"root": random_tree(_rng, 128, "complete", LOW, HIGH)},
    },
    {"tag": "max nodes, complete", "args": {"root": random_tree(_rng, MAX_NODES, "complete", LOW, HIGH)}},
    {"tag": "max nodes, random shape", "args": {"root": random_tree(_rng, MAX_NODES, "random", LOW, HIGH)}},
    {"tag": "long left path", "args": {"root": random_tree(_rng, DEEP_NODES, "left", LOW, HIGH)}},
    {"tag": "long right path", "args": {"root": random_tree(_rng, DEEP_NODES, "right", LOW, HIGH)}},
    {"tag": "two long arms of a V", "args": {"root": _arms(DEEP_NODES // 2, DEEP_NODES // 2 - 1)}},
    {
        "tag": "long path with many branches",
        "args": {"root": random_tree(_rng, DEEP_NODES, "spine", LOW, HIGH)},
    },
]

SHAPES = ["random", "random", "complete", "spine", "left", "right", "zigzag"]
DEEP_SHAPES = ("spine", "left", "right", "zigzag")


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        return {"root": draw(small_trees(30, LOW, HIGH).filter(bool))}
    # big trees: Hypothesis alone rarely draws them
    shape = draw(st.sampled_from(SHAPES))
    size = draw(st.integers(1, DEEP_NODES if shape in DEEP_SHAPES else MAX_NODES))
    rng = random.Random(draw(st.integers(0, 2**32)))
    return {"root": random_tree(rng, size, shape, LOW, HIGH)}


def inputs():
    return _inputs()


def valid(args):
    if not args["root"]:
        return "the tree has no nodes"
    return check_level_order(args["root"], MAX_NODES, LOW, HIGH)


def large(n, rng):
    # a broom: a path of n/16 nodes turning left or right at random, with a complete tree
    # of the other nodes hanging from its end; the heights measured again from every node
    # cost about n^2 / 16 steps, while the recursion stays n/16 deep
    n = max(1, n)
    left, right = [-1] * n, [-1] * n
    handle = max(1, n // 16)
    for i in range(1, handle):
        (left if rng.random() < 0.5 else right)[i - 1] = i
    for k in range(n - handle):  # node handle + k; its children are k's in a heap layout
        for child, side in ((2 * k + 1, left), (2 * k + 2, right)):
            if child < n - handle:
                side[handle + k] = handle + child
    if handle < n:
        left[handle - 1] = handle
    return {"root": level_order([rng.randint(LOW, HIGH) for _ in range(n)], left, right)}
