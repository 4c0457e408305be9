import random

from hypothesis import strategies as st

from judge.authoring.trees import check_level_order, level_order, random_tree, small_trees

LOW, HIGH = -1000, 1000
MAX_NODES = 10_000

EXAMPLES = [
    {"args": {"root": [1, 2, 3, None, None, 4, 5]}, "expected": [1, 2, 3, None, None, 4, 5]},
    {"args": {"root": []}, "expected": []},
    {"args": {"root": [-7, None, 12]}, "expected": [-7, None, 12]},
]

_rng = random.Random(297)


def _tree(n, kind, low=LOW, high=HIGH):
    return random_tree(_rng, n, kind, low, high)


HIDDEN = [
    {"tag": "single node", "args": {"root": [0]}},
    {"tag": "single negative node", "args": {"root": [-1000]}},
    {"tag": "only a left child", "args": {"root": [1, 2]}},
    {"tag": "only a right child", "args": {"root": [1, None, 2]}},
    {"tag": "multi-digit and negative values", "args": {"root": [-1000, 1000, -10, 99, None, -5, 100]}},
    {"tag": "all values equal", "args": {"root": [4, 4, 4, 4, None, None, 4, 4]}},
    {"tag": "not a search tree", "args": {"root": [5, 9, 1, 3, 7, 8, 2]}},
    {"tag": "same values, mirrored shapes", "args": {"root": [1, 2, 2, None, 3, 3]}},
    {"tag": "zigzag path", "args": {"root": _tree(15, "zigzag")}},
    {
        "tag": "missing children in the middle levels",
        "args": {"root": [1, 2, 3, None, 4, 5, None, 6, None, None, 7]},
    },
    {"tag": "perfect tree of 255 nodes", "args": {"root": _tree(255, "complete")}},
    {"tag": "max nodes, left path", "args": {"root": _tree(MAX_NODES, "left")}},
    {"tag": "max nodes, right path", "args": {"root": _tree(MAX_NODES, "right")}},
    {"tag": "max nodes, complete", "args": {"root": _tree(MAX_NODES, "complete")}},
    {"tag": "max nodes, random shape", "args": {"root": _tree(MAX_NODES, "random")}},
    {"tag": "max nodes, long path with branches", "args": {"root": _tree(MAX_NODES, "spine")}},
    {"tag": "max nodes, extreme values", "args": {"root": _tree(MAX_NODES, "random", LOW, LOW + 1)}},
    {"tag": "max nodes, one value", "args": {"root": _tree(MAX_NODES, "zigzag", 0, 0)}},
]

SHAPES = ["random", "random", "spine", "complete", "left", "right", "zigzag"]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):  # drawn node by node: shrinks well
        low, high = draw(st.sampled_from([(LOW, HIGH), (-3, 3)]))
        return {"root": draw(small_trees(25, low, high))}
    # big trees: Hypothesis alone rarely draws them
    kind = draw(st.sampled_from(SHAPES))
    size = draw(st.integers(0, MAX_NODES))
    rng = random.Random(draw(st.integers(0, 2**32)))
    return {"root": random_tree(rng, size, kind, LOW, HIGH)}


def inputs():
    return _inputs()


def valid(args):
    return check_level_order(args["root"], MAX_NODES, LOW, HIGH)


def large(n, rng):
    # a path turning left or right at random, with a complete tree of the other half
    # hanging from its end: deep (a scan of each subtree's text is quadratic) and wide
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
