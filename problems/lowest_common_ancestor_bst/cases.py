import random
from collections import deque
from itertools import pairwise

from hypothesis import strategies as st

from judge.authoring.bst import (
    balanced,
    fill_in_order,
    in_order,
    left_chain,
    level_order,
    random_shape,
    right_chain,
    zigzag,
)

LOW, HIGH = -(10**9), 10**9
MAX_NODES = 10**5

EXAMPLES = [
    {"args": {"root": [20, 10, 30, 5, 15, 25, 35], "p": 5, "q": 15}, "expected": 10},
    {"args": {"root": [20, 10, 30, 5, 15, 25, 35, None, None, 12], "p": 10, "q": 12}, "expected": 10},
    {"args": {"root": [1, None, 2], "p": 2, "q": 1}, "expected": 1},
]


def _bst(sorted_values, lefts, rights):
    """Level order of the shape filled with sorted_values in in-order."""
    return level_order(fill_in_order(sorted_values, lefts, rights), lefts, rights)


def _zigzag(n, low, high):
    """Level order of a path turning at every step, and its values from the top down."""
    vals, lefts, rights = zigzag(n, low, high)
    return level_order(vals, lefts, rights), vals


_SEVEN = [20, 10, 30, 5, 15, 25, 35]
_MAX_VALUES = list(range(-(MAX_NODES // 2), MAX_NODES // 2))  # short numbers keep the JSON small
_MAX_TREE = balanced(_MAX_VALUES)
_CHAIN = list(range(LOW, LOW + 30_000 * 3, 3))
_ZIG, _ZIG_PATH = _zigzag(2000, LOW, HIGH)
_rng = random.Random(235)
_MID_VALUES = sorted(_rng.sample(range(LOW, HIGH + 1), 3000))
_MID_TREE = _bst(_MID_VALUES, *random_shape(3000, _rng, 0.5))

HIDDEN = [
    {"tag": "two nodes, right child", "args": {"root": [1, None, 2], "p": 1, "q": 2}},
    {"tag": "two nodes, left child first", "args": {"root": [5, 3], "p": 3, "q": 5}},
    {"tag": "siblings", "args": {"root": _SEVEN, "p": 25, "q": 35}},
    {"tag": "siblings, larger given first", "args": {"root": _SEVEN, "p": 15, "q": 5}},
    {"tag": "split at the root, larger first", "args": {"root": _SEVEN, "p": 35, "q": 5}},
    {"tag": "p is the root", "args": {"root": _SEVEN, "p": 20, "q": 15}},
    {"tag": "q is the root", "args": {"root": _SEVEN, "p": 25, "q": 20}},
    {"tag": "q is an ancestor of p", "args": {"root": [8, 4, 12, 2, 6, 10, 14, 1, 3, 5, 7], "p": 7, "q": 4}},
    {
        "tag": "p is an ancestor of q, to the right",
        "args": {"root": [8, 4, 12, 2, 6, 10, 14, None, None, None, None, 9, 11], "p": 12, "q": 11},
    },
    {"tag": "extreme values", "args": {"root": [0, LOW, HIGH, None, -1, 1], "p": -1, "q": LOW}},
    {"tag": "extreme values, split at the root", "args": {"root": [0, LOW, HIGH], "p": HIGH, "q": LOW}},
    {"tag": "negative values", "args": {"root": [-50, -80, -20, -90, -60, -30, -10], "p": -60, "q": -90}},
    {"tag": "zigzag path, deepest two", "args": {"root": _ZIG, "p": _ZIG_PATH[-1], "q": _ZIG_PATH[-2]}},
    {"tag": "zigzag path, far apart", "args": {"root": _ZIG, "p": _ZIG_PATH[-1], "q": _ZIG_PATH[3]}},
    {
        "tag": "long right chain, bottom two",
        "args": {"root": right_chain(_CHAIN), "p": _CHAIN[-1], "q": _CHAIN[-2]},
    },
    {
        "tag": "long left chain, bottom and middle",
        "args": {"root": left_chain(_CHAIN[::-1]), "p": _CHAIN[0], "q": _CHAIN[15_000]},
    },
    {
        "tag": "max nodes, leftmost and rightmost",
        "args": {"root": _MAX_TREE, "p": _MAX_VALUES[0], "q": _MAX_VALUES[-1]},
    },
    {
        "tag": "max nodes, in-order neighbours deep down",
        "args": {"root": _MAX_TREE, "p": _MAX_VALUES[70_001], "q": _MAX_VALUES[70_000]},
    },
    {
        "tag": "max nodes, two nearby leaves",
        "args": {"root": _MAX_TREE, "p": _MAX_VALUES[12_344], "q": _MAX_VALUES[12_350]},
    },
    {"tag": "random shape", "args": {"root": _MID_TREE, "p": _MID_VALUES[1000], "q": _MID_VALUES[2000]}},
    {
        "tag": "random shape, neighbours",
        "args": {"root": _MID_TREE, "p": _MID_VALUES[1501], "q": _MID_VALUES[1500]},
    },
]


# --- strategy --------------------------------------------------------------------

_VALUE = st.integers(LOW, HIGH) | st.integers(-10, 10) | st.sampled_from([LOW, HIGH])


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        values = sorted(draw(st.lists(_VALUE, min_size=2, max_size=20, unique=True)))
        seed = draw(st.integers(0, 2**32))
        r = random.Random(seed)
        lefts, rights = random_shape(len(values), r, draw(st.sampled_from([0.0, 0.5, 1.0])))
        root = _bst(values, lefts, rights)
        i = draw(st.integers(0, len(values) - 1))
        j = draw(st.integers(0, len(values) - 2))
        p, q = values[i], values[j if j < i else j + 1]
    else:  # big trees: Hypothesis alone rarely draws them
        size = draw(st.integers(2, MAX_NODES))
        seed = draw(st.integers(0, 2**32))
        r = random.Random(seed)
        values = sorted(r.sample(range(LOW, HIGH + 1), size))
        shape = r.choice(["balanced", "random", "skewed"])
        if shape == "balanced":
            root = balanced(values)
        else:
            root = _bst(values, *random_shape(size, r, 0.0 if shape == "random" else 0.3))
        i, j = r.sample(range(size), 2)
        if r.random() < 0.5:  # close in value: their ancestor is deep
            j = i + 1 if i + 1 < size else i - 1
        p, q = values[i], values[j]
    return {"root": root, "p": p, "q": q}


def inputs():
    return _inputs()


def _parse(root):
    """(values, lefts, rights) of a level-order list, or None when it is not a tree."""
    if not root or root[0] is None:
        return None
    vals, lefts, rights = [root[0]], [None], [None]
    queue = deque([0])
    i = 1
    while i < len(root):
        if not queue:
            return None
        parent = queue.popleft()
        for side in (lefts, rights):
            if i < len(root) and root[i] is not None:
                side[parent] = len(vals)
                queue.append(len(vals))
                vals.append(root[i])
                lefts.append(None)
                rights.append(None)
            i += 1
    return vals, lefts, rights


def valid(args):
    root, p, q = args["root"], args["p"], args["q"]
    if type(root) is not list or (root and root[-1] is None):
        return "root must be a level-order list without trailing nulls"
    if any(v is not None and (type(v) is not int or not LOW <= v <= HIGH) for v in root):
        return "value out of range"
    parsed = _parse(root)
    if parsed is None:
        return "not a level-order tree"
    vals, lefts, rights = parsed
    if not 2 <= len(vals) <= MAX_NODES:
        return "number of nodes out of range"
    ordered = [vals[i] for i in in_order(lefts, rights)]
    if any(a >= b for a, b in pairwise(ordered)):
        return "not a binary search tree with distinct values"
    present = set(vals)
    if type(p) is not int or type(q) is not int or p not in present or q not in present:
        return "p and q must be values of the tree"
    if p == q:
        return "p and q must differ"
    return None


def large(n, rng):
    # a balanced BST; p and q are its two smallest values, so their ancestor is as deep
    # as the tree (the same shape of work at every size)
    n = max(n, 2)
    start = rng.randrange(-(10**6), 10**6)
    values = list(range(start, start + 2 * n, 2))
    return {"root": balanced(values), "p": values[1], "q": values[0]}
