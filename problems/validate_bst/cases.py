import random
from collections import deque

from hypothesis import strategies as st

LOW, HIGH = -(2**31), 2**31 - 1
MAX_NODES = 10_000

EXAMPLES = [
    {"args": {"root": [8, 3, 10, 1, 6]}, "expected": True},
    {"args": {"root": [8, 3, 10, None, 9]}, "expected": False},
    {"args": {"root": [7, 7]}, "expected": False},
]


# --- building level-order lists ------------------------------------------------


def _level_order(vals, lefts, rights):
    """Level order (LeetCode's form) of a tree given as parallel arrays; node 0 is the root."""
    out = []
    queue = deque([0])
    while queue:
        i = queue.popleft()
        if i is None:
            out.append(None)
            continue
        out.append(vals[i])
        queue.append(lefts[i])
        queue.append(rights[i])
    while out and out[-1] is None:
        out.pop()
    return out


def _in_order(lefts, rights):
    order, stack, node = [], [], 0
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = lefts[node]
        node = stack.pop()
        order.append(node)
        node = rights[node]
    return order


def _random_shape(n, r, skew=0.5):
    """Child arrays of a random binary tree with n nodes (skew near 0 or 1: long paths)."""
    lefts, rights = [None] * n, [None] * n
    free = [(0, "L"), (0, "R")]
    for i in range(1, n):
        if r.random() < skew:
            k = len(free) - 1 - min(len(free) - 1, int(r.expovariate(1.0)))  # a recent slot
        else:
            k = r.randrange(len(free))
        parent, side = free[k]
        free[k] = free[-1]
        free.pop()
        (lefts if side == "L" else rights)[parent] = i
        free += [(i, "L"), (i, "R")]
    return lefts, rights


def _bst_from_shape(sorted_values, lefts, rights):
    """The shape filled with sorted_values in in-order: a valid BST when they are distinct."""
    vals = [None] * len(lefts)
    for node, v in zip(_in_order(lefts, rights), sorted_values, strict=True):
        vals[node] = v
    return vals


def _balanced(sorted_values):
    """Level order of the height-balanced BST holding sorted_values."""
    out = []
    queue = deque([(0, len(sorted_values) - 1)])
    while queue:
        lo, hi = queue.popleft()
        if lo > hi:
            out.append(None)
            continue
        mid = (lo + hi) // 2
        out.append(sorted_values[mid])
        queue.append((lo, mid - 1))
        queue.append((mid + 1, hi))
    while out and out[-1] is None:
        out.pop()
    return out


def _right_chain(values):
    out = []
    for v in values:
        out += [v, None]
    return out[:-1]


def _left_chain(values):
    out = [values[0]]
    for v in values[1:]:
        out += [v, None]
    return out[:-1] if len(out) > 1 else out


def _zigzag(n, low, high):
    """A path that turns at every step: low+k and high-k alternate, so it is a valid BST."""
    vals, lefts, rights = [], [None] * n, [None] * n
    for i in range(n):
        vals.append(high - i // 2 if i % 2 == 0 else low + i // 2)
        if i + 1 < n:
            (lefts if i % 2 == 0 else rights)[i] = i + 1
    return vals, lefts, rights


_rng = random.Random(98)
_SPREAD = sorted([*_rng.sample(range(LOW, HIGH + 1), MAX_NODES - 2), LOW, HIGH])
_DESC = list(range(HIGH, HIGH - 3 * MAX_NODES, -3))[:MAX_NODES]
_ASC = list(range(LOW, LOW + 2 * MAX_NODES, 2))
_SWAPPED = _SPREAD[:]
_SWAPPED[-3], _SWAPPED[-2] = _SWAPPED[-2], _SWAPPED[-3]
_ZIG = _zigzag(40, LOW, HIGH)
_ZIG_BAD_VALS = [*_ZIG[0][:-1], _ZIG[0][-3]]  # the deepest node repeats its grandparent's value
_LONG_ZIG = _zigzag(MAX_NODES, -(10**8), 10**8)


def _balanced_with_root_repeated():
    values = list(range(1, 2 * 4095, 2))  # 4095 odd values
    tree = _balanced(values)
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
    {"tag": "zigzag path, valid", "args": {"root": _level_order(*_ZIG)}},
    {"tag": "zigzag path, deepest node breaks it", "args": {"root": _level_order(_ZIG_BAD_VALS, *_ZIG[1:])}},
    {"tag": "max nodes, left chain", "args": {"root": _left_chain(_DESC)}},
    {"tag": "max nodes, right chain from the smallest value", "args": {"root": _right_chain(_ASC)}},
    {"tag": "max nodes, balanced over the whole range", "args": {"root": _balanced(_SPREAD)}},
    {"tag": "max nodes, two neighbours swapped", "args": {"root": _balanced(_SWAPPED)}},
    {"tag": "balanced, root value repeated deep down", "args": {"root": _balanced_with_root_repeated()}},
    {"tag": "max nodes, zigzag path, valid", "args": {"root": _level_order(*_LONG_ZIG)}},
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
    lefts, rights = _random_shape(len(values), r, skew)
    vals = _bst_from_shape(values, lefts, rights) if mode != "any" else values
    if mode == "nudged":
        vals = _nudged(vals, r)
    return {"root": _level_order(vals, lefts, rights)}


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
        take = root[i:i + slots]
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
    return {"root": _balanced(list(range(start, start + 2 * n, 2)))}
