import random
from collections import deque

from hypothesis import strategies as st

from judge.authoring import trees
from judge.authoring.bst import in_order

LOW, HIGH = -3000, 3000
MAX_NODES = 3000

EXAMPLES = [
    {"args": {"preorder": [1, 2, 4, 3], "inorder": [4, 2, 1, 3]}, "expected": [1, 2, 3, 4]},
    {"args": {"preorder": [5, 7, 6, -2], "inorder": [7, 5, -2, 6]}, "expected": [5, 7, 6, None, None, -2]},
    {"args": {"preorder": [0], "inorder": [0]}, "expected": [0]},
]


def _pre_order(left, right):
    """Node indices in pre-order (node, left subtree, right subtree); node 0 is the root."""
    order, stack = [], [0] if left else []
    while stack:
        x = stack.pop()
        order.append(x)
        stack += [c for c in (right[x], left[x]) if c != -1]
    return order


def _traversals(values, left, right):
    """(preorder, inorder) of the tree with node i holding values[i]."""
    lefts = [None if c == -1 else c for c in left]
    rights = [None if c == -1 else c for c in right]
    pre = [values[x] for x in _pre_order(left, right)]
    ino = [values[x] for x in in_order(lefts, rights)] if values else []
    return {"preorder": pre, "inorder": ino}


def _tree(rng, n, kind, pool=range(LOW, HIGH + 1)):
    left, right = trees.shape(rng, n, kind)
    return _traversals(rng.sample(pool, n), left, right)


def _chain(values, side):
    """A path holding values from the top down, every child on `side` ("left"/"right")."""
    n = len(values)
    left, right = [-1] * n, [-1] * n
    for i in range(1, n):
        (left if side == "left" else right)[i - 1] = i
    return _traversals(values, left, right)


_rng = random.Random(105)

HIDDEN = [
    {"tag": "single node, smallest value", "args": {"preorder": [LOW], "inorder": [LOW]}},
    {"tag": "left child only", "args": {"preorder": [1, 2], "inorder": [2, 1]}},
    {"tag": "right child only", "args": {"preorder": [1, 2], "inorder": [1, 2]}},
    {"tag": "root with two children", "args": {"preorder": [2, 1, 3], "inorder": [1, 2, 3]}},
    {"tag": "values equal to their positions", "args": {"preorder": [1, 0, 2], "inorder": [0, 1, 2]}},
    {"tag": "extreme values", "args": {"preorder": [HIGH, LOW, 0], "inorder": [LOW, HIGH, 0]}},
    {
        "tag": "left subtree of two, right subtree of three",
        "args": {"preorder": [10, 4, 2, 20, 15, 30], "inorder": [2, 4, 10, 15, 20, 30]},
    },
    {
        "tag": "left subtree with a right child",
        "args": {"preorder": [8, 3, 6, 9], "inorder": [3, 6, 8, 9]},
    },
    {"tag": "short left path", "args": _chain([5, -4, 3, -2, 1], "left")},
    {"tag": "short right path", "args": _chain([-5, 4, -3, 2, -1], "right")},
    {"tag": "zigzag path", "args": _tree(_rng, 50, "zigzag")},
    {"tag": "perfect tree of 63 nodes", "args": _tree(_rng, 63, "complete")},
    {"tag": "random shape, 200 nodes", "args": _tree(_rng, 200, "random")},
    {"tag": "max nodes, left path", "args": _chain(_rng.sample(range(LOW, HIGH + 1), MAX_NODES), "left")},
    {"tag": "max nodes, right path", "args": _chain(list(range(LOW, LOW + MAX_NODES)), "right")},
    {"tag": "max nodes, zigzag path", "args": _tree(_rng, MAX_NODES, "zigzag")},
    {"tag": "max nodes, complete", "args": _tree(_rng, MAX_NODES, "complete")},
    {"tag": "max nodes, random shape", "args": _tree(_rng, MAX_NODES, "random")},
    {"tag": "max nodes, long path with branches", "args": _tree(_rng, MAX_NODES, "spine")},
]

SHAPES = ["random", "random", "spine", "complete", "left", "right", "zigzag"]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        # small trees: the shape drawn node by node, then distinct values in level order
        shape = draw(trees.small_trees(30, 0, 0).filter(bool))
        size = sum(v is not None for v in shape)
        pool = st.integers(LOW, HIGH) | st.integers(-3, 3)
        values = iter(draw(st.lists(pool, min_size=size, max_size=size, unique=True)))
        level = [None if v is None else next(values) for v in shape]
        return _from_level_order(level)
    # big trees: Hypothesis alone rarely draws them
    kind = draw(st.sampled_from(SHAPES))
    size = draw(st.integers(1, MAX_NODES))
    return _tree(random.Random(draw(st.integers(0, 2**32))), size, kind)


def _from_level_order(level):
    """(preorder, inorder) of a non-empty level-order tree."""
    values, left, right = [level[0]], [-1], [-1]
    slots = deque([(0, left), (0, right)])
    for v in level[1:]:
        parent, side = slots.popleft()
        if v is None:
            continue
        side[parent] = len(values)
        slots += [(len(values), left), (len(values), right)]
        values.append(v)
        left.append(-1)
        right.append(-1)
    return _traversals(values, left, right)


def inputs():
    return _inputs()


def _rebuilt(preorder, inorder):
    """Child arrays of the tree that preorder describes when each value's in-order turn
    comes where inorder puts it; None when the lists run out of step."""
    n = len(preorder)
    left, right = [-1] * n, [-1] * n
    stack, j = [0], 0
    for i in range(1, n):
        if preorder[stack[-1]] != inorder[j]:
            left[stack[-1]] = i
        else:
            parent = stack[-1]
            while stack and j < n and preorder[stack[-1]] == inorder[j]:
                parent = stack.pop()
                j += 1
            right[parent] = i
        stack.append(i)
    return left, right


def valid(args):
    pre, ino = args["preorder"], args["inorder"]
    if type(pre) is not list or type(ino) is not list:
        return "preorder and inorder are lists"
    if not 1 <= len(pre) <= MAX_NODES or len(ino) != len(pre):
        return "length out of range, or the lists differ in length"
    if any(type(v) is not int or not LOW <= v <= HIGH for v in pre + ino):
        return "value out of range"
    if len(set(pre)) != len(pre) or set(pre) != set(ino):
        return "values repeat, or the lists hold different values"
    left, right = _rebuilt(pre, ino)
    if _traversals(pre, left, right) != {"preorder": pre, "inorder": ino}:
        return "no tree has this pre-order and in-order"
    return None


def large(n, rng):
    # a path of left children: the root is the last value of every in-order slice, so
    # a scan for it reads the whole slice, and slicing copies it (O(n^2) in all)
    n = max(n, 1)
    pool = range(LOW, HIGH + 1) if n <= HIGH - LOW + 1 else range(-n, n)
    return _chain(rng.sample(pool, n), "left")
