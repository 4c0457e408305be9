import random

from hypothesis import strategies as st

from judge.authoring.bst import (
    balanced,
    fill_in_order,
    left_chain,
    level_order,
    random_shape,
    right_chain,
    zigzag,
)

LOW, HIGH = -(2**31), 2**31 - 1
MAX_NODES = 10_000

EXAMPLES = [
    {"args": {"root": [8, 3, 10, 1, 6]}, "expected": True},
    {"args": {"root": [8, 3, 10, None, 9]}, "expected": False},
    {"args": {"root": [7, 7]}, "expected": False},
]


_rng = random.Random(98)
_SPREAD = sorted([*_rng.sample(range(LOW, HIGH + 1), MAX_NODES - 2), LOW, HIGH])
_DESC = list(range(HIGH, HIGH - 3 * MAX_NODES, -3))[:MAX_NODES]
_ASC = list(range(LOW, LOW + 2 * MAX_NODES, 2))
_SWAPPED = _SPREAD[:]
_SWAPPED[-3], _SWAPPED[-2] = _SWAPPED[-2], _SWAPPED[-3]
_ZIG = zigzag(40, LOW, HIGH)
_ZIG_BAD_VALS = [*_ZIG[0][:-1], _ZIG[0][-3]]  # the deepest node repeats its grandparent's value
_LONG_ZIG = zigzag(MAX_NODES, -(10**8), 10**8)


def _balanced_with_root_repeated():
    values = list(range(1, 2 * 4095, 2))  # 4095 odd values
    tree = balanced(values)
    # the leftmost node of the right subtree is the in-order successor of the root:
    # give it the root's value
    root = tree[0]
    succ = min(v for v in values if v > root)
    return [root if v == succ else v for v in tree]


HIDDEN = [
    {"tag": "single node, smallest value", "args": {"root": [LOW]}},
    {"tag": "single node, largest value", "args": {"root": [HIGH]}},
    {"tag": "both extremes, right child", "args": {"root": [LOW, None, HIGH]}},
    {"tag": "both extremes, left child", "args": {"root": [HIGH, LOW]}},
    {"tag": "equal extremes", "args": {"root": [HIGH, None, HIGH]}},
    {"tag": "equal left child", "args": {"root": [1, 1]}},
    {"tag": "equal right child", "args": {"root": [1, None, 1]}},
    {"tag": "zeros, left", "args": {"root": [0, 0]}},
    {"tag": "zeros, right", "args": {"root": [0, None, 0]}},
    {"tag": "grandchild below the root in the right subtree", "args": {"root": [5, 4, 6, None, None, 3, 7]}},
    {"tag": "grandchild above the root in the left subtree", "args": {"root": [3, 1, 5, None, 4]}},
    {"tag": "right subtree value below the root", "args": {"root": [10, 5, 15, None, None, 6, 20]}},
    {"tag": "grandchild equal to the root", "args": {"root": [10, 5, 15, None, 10]}},
    {"tag": "negative values, valid", "args": {"root": [-10, -20, -5, -30, -15, -7, -1]}},
    {"tag": "zigzag path, valid", "args": {"root": level_order(*_ZIG)}},
    {"tag": "zigzag path, deepest node breaks it", "args": {"root": level_order(_ZIG_BAD_VALS, *_ZIG[1:])}},
    {"tag": "max nodes, left chain", "args": {"root": left_chain(_DESC)}},
    {"tag": "max nodes, right chain from the smallest value", "args": {"root": right_chain(_ASC)}},
    {"tag": "max nodes, balanced over the whole range", "args": {"root": balanced(_SPREAD)}},
    {"tag": "max nodes, two neighbours swapped", "args": {"root": balanced(_SWAPPED)}},
    {"tag": "balanced, root value repeated deep down", "args": {"root": _balanced_with_root_repeated()}},
    {"tag": "max nodes, zigzag path, valid", "args": {"root": level_order(*_LONG_ZIG)}},
]


# --- strategy --------------------------------------------------------------------

_EDGE = st.sampled_from([LOW, LOW + 1, -1, 0, 1, HIGH - 1, HIGH])
_VALUE = st.integers(LOW, HIGH) | st.integers(-5, 5) | _EDGE


def _nudged(vals, r):
    """A valid BST's values with one node changed to a value at or next to another's."""
    vals = vals[:]
    i, j = r.randrange(len(vals)), r.randrange(len(vals))
    vals[i] = min(HIGH, max(LOW, vals[j] + r.choice([-1, 0, 1])))
    return vals


@st.composite
def _inputs(draw):
    mode = draw(st.sampled_from(["valid", "nudged", "any"]))
    if draw(st.booleans()):
        values = draw(st.lists(_VALUE, min_size=1, max_size=20))
        seed = draw(st.integers(0, 2**32))
        skew = draw(st.sampled_from([0.0, 0.5, 1.0]))
    else:  # big trees: Hypothesis alone rarely draws them
        size = draw(st.integers(1, MAX_NODES))
        seed = draw(st.integers(0, 2**32))
        r = random.Random(seed)
        spread = r.choice([size, 10**6, HIGH])
        values = [r.randint(max(LOW, -spread), min(HIGH, spread)) for _ in range(size)]
        skew = r.choice([0.0, 0.5, 0.9, 1.0])
    r = random.Random(seed)
    if mode != "any":
        values = sorted(set(values))
    lefts, rights = random_shape(len(values), r, skew)
    vals = fill_in_order(values, lefts, rights) if mode != "any" else values
    if mode == "nudged":
        vals = _nudged(vals, r)
    return {"root": level_order(vals, lefts, rights)}


def inputs():
    return _inputs()


def _count_nodes(root):
    """Nodes of a level-order list, or None when it does not describe a tree."""
    if not root or root[0] is None:
        return 0
    count, slots, i = 1, 2, 1
    while i < len(root):
        if slots == 0:
            return None  # values left over with no parent to hang them on
        take = root[i : i + slots]
        real = sum(v is not None for v in take)
        count += real
        i += slots
        slots = 2 * real
    return count


def valid(args):
    root = args["root"]
    if type(root) is not list or (root and root[-1] is None):
        return "root must be a level-order list without trailing nulls"
    if any(v is not None and (type(v) is not int or not LOW <= v <= HIGH) for v in root):
        return "value out of range"
    n = _count_nodes(root)
    if n is None:
        return "not a level-order tree"
    if not 1 <= n <= MAX_NODES:
        return "number of nodes out of range"
    return None


def large(n, rng):
    # a valid, balanced BST: every node has to be looked at
    n = max(n, 1)
    start = rng.randrange(-(10**6), 10**6)
    return {"root": balanced(list(range(start, start + 2 * n, 2)))}
