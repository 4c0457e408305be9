import itertools
import random
from collections import deque

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
from judge.authoring.trees import check_level_order

LOW, HIGH = 0, 10**4
MAX_NODES = 10**4

EXAMPLES = [
    {"args": {"root": [8, 3, 10, 1, 6], "k": 3}, "expected": 6},
    {"args": {"root": [4, 2, None, 1, 3], "k": 4}, "expected": 4},
    {"args": {"root": [0], "k": 1}, "expected": 0},
]

_rng = random.Random(230)
_ALL = list(range(MAX_NODES))  # 0 .. 9999
_SPREAD = sorted(_rng.sample(range(LOW, HIGH + 1), MAX_NODES))
_ZIG = zigzag(60, LOW, HIGH)


def _skewed(values, r, skew):
    lefts, rights = random_shape(len(values), r, skew)
    return level_order(fill_in_order(values, lefts, rights), lefts, rights)


HIDDEN = [
    {"tag": "single node, largest value", "args": {"root": [HIGH], "k": 1}},
    {"tag": "left child, k = 1", "args": {"root": [5, 2], "k": 1}},
    {"tag": "left child, k = 2 is the root", "args": {"root": [5, 2], "k": 2}},
    {"tag": "right child, k = 2", "args": {"root": [LOW, None, HIGH], "k": 2}},
    {"tag": "k is the root", "args": {"root": [8, 3, 10, 1, 6, 9, 12], "k": 4}},
    {
        "tag": "k is the root's in-order successor",
        "args": {"root": [8, 3, 12, 1, 6, 10, 14, None, None, None, None, 9], "k": 5},
    },
    {
        "tag": "k is the root's in-order predecessor",
        "args": {"root": [8, 3, 12, 1, 6, None, None, None, None, 5, 7], "k": 5},
    },
    {
        "tag": "level order is not sorted order",
        "args": {"root": [50, 20, 80, 10, 40, 60, 90, None, None, 30], "k": 4},
    },
    {
        "tag": "k = n, largest value deep on the right",
        "args": {"root": [3, 1, 4, None, 2, None, 9, None, None, 7], "k": 6},
    },
    {"tag": "zigzag path, k in the middle", "args": {"root": level_order(*_ZIG), "k": 30}},
    {"tag": "zigzag path, k = n", "args": {"root": level_order(*_ZIG), "k": 60}},
    {"tag": "values far apart", "args": {"root": [5000, 0, HIGH], "k": 3}},
    {"tag": "max nodes, left chain, k = 1", "args": {"root": left_chain(_ALL[::-1]), "k": 1}},
    {"tag": "max nodes, left chain, k = n", "args": {"root": left_chain(_ALL[::-1]), "k": MAX_NODES}},
    {"tag": "max nodes, right chain, k = n", "args": {"root": right_chain(_ALL), "k": MAX_NODES}},
    {"tag": "max nodes, right chain, k = 2", "args": {"root": right_chain(_SPREAD), "k": 2}},
    {"tag": "max nodes, balanced, k = 1", "args": {"root": balanced(_SPREAD), "k": 1}},
    {"tag": "max nodes, balanced, k in the middle", "args": {"root": balanced(_SPREAD), "k": 5001}},
    {"tag": "max nodes, balanced, k = n", "args": {"root": balanced(_SPREAD), "k": MAX_NODES}},
    {"tag": "max nodes, long paths, k random", "args": {"root": _skewed(_SPREAD, _rng, 1.0), "k": 1234}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        values = sorted(draw(st.sets(st.integers(LOW, HIGH) | st.integers(LOW, 20), min_size=1, max_size=25)))
        r = random.Random(draw(st.integers(0, 2**32)))
        skew = draw(st.sampled_from([0.0, 0.5, 1.0]))
    else:  # big trees: Hypothesis alone rarely draws them
        size = draw(st.integers(1, MAX_NODES))
        r = random.Random(draw(st.integers(0, 2**32)))
        values = sorted(r.sample(range(LOW, HIGH + 1), size))
        skew = r.choice([0.0, 0.5, 0.9, 1.0])
    n = len(values)
    k = draw(st.sampled_from([1, n, (n + 1) // 2]) | st.integers(1, n))
    return {"root": _skewed(values, r, skew), "k": k}


def inputs():
    return _inputs()


def _values_in_order(root):
    """The values of a well-formed, non-empty level-order tree, in in-order."""
    vals, lefts, rights = [root[0]], [None], [None]
    slots = deque([(0, 0), (0, 1)])
    for v in root[1:]:
        parent, side = slots.popleft()
        if v is None:
            continue
        vals.append(v)
        lefts.append(None)
        rights.append(None)
        (lefts if side == 0 else rights)[parent] = len(vals) - 1
        slots += [(len(vals) - 1, 0), (len(vals) - 1, 1)]
    return [vals[x] for x in in_order(lefts, rights)]


def valid(args):
    root, k = args["root"], args["k"]
    why = check_level_order(root, MAX_NODES, LOW, HIGH)
    if why:
        return why
    if not root:
        return "the tree has at least one node"
    values = _values_in_order(root)
    if any(a >= b for a, b in itertools.pairwise(values)):
        return "not a binary search tree with distinct values"
    if type(k) is not int or not 1 <= k <= len(values):
        return "k out of range"
    return None


def large(n, rng):
    # a path of left children, the largest value on top, and a small k: counting the
    # left subtree again at every step down does about n^2 / 2 visits, and every
    # in-order walk first goes down the whole path
    n = max(n, 1)
    return {"root": left_chain(list(range(n - 1, -1, -1))), "k": rng.randint(1, max(1, n // 4))}
