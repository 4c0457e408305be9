import random

from hypothesis import strategies as st

from judge.authoring.trees import check_level_order, level_order, random_tree, shape, small_trees

LOW, HIGH = -10_000, 10_000
MAX_NODES = 5000
DEEP_NODES = 1000  # paths stay this long in the tests, so that O(n * h) passes (statement Notes)

EXAMPLES = [
    {"args": {"root": [4, 2, 7, None, None, 6, 9]}, "expected": True},
    {"args": {"root": [5, 1, 8, 0, 3, None, None, None, None, 2]}, "expected": False},
    {"args": {"root": []}, "expected": True},
    {"args": {"root": [1, 2, 3, 4, None, None, 5, 6]}, "expected": False},
]

_rng = random.Random(110)


def _values(n):
    return [_rng.randint(LOW, HIGH) for _ in range(n)]


def _fibonacci(height, mirror=False):
    """The sparsest balanced tree of that height: its subtrees have heights h-1 and h-2,
    so its leaves lie at very different depths."""
    left, right = [], []

    def build(h):  # returns the new node's index, or -1 for an empty subtree
        if h <= 0:
            return -1
        node = len(left)
        left.append(-1)
        right.append(-1)
        tall, short = build(h - 1), build(h - 2)
        left[node], right[node] = (short, tall) if mirror else (tall, short)
        return node

    build(height)
    return left, right


def _tree(children):
    left, right = children
    return level_order(_values(len(left)), left, right)


def _comb(n, rng):
    """A path going left whose every node also has a right path as long as what is left
    of the main path below it, minus one: balanced at each node of the main path, while
    the right paths (three nodes and more) are not."""
    left, right = [-1] * n, [-1] * n
    spine = 1
    while (spine + 1) * (spine + 2) // 2 <= n:
        spine += 1
    for i in range(spine - 1):
        left[i] = i + 1
    used, inner = spine, []  # inner: right-path nodes with a child slot free
    for i in range(spine):
        prev, side = i, right
        for _ in range(spine - i - 2):  # the main path below node i holds spine - i - 1 nodes
            if used >= n:
                break
            side[prev] = used
            if prev != i:
                inner.append(prev)
            prev, side = used, (left if rng.random() < 0.5 else right)
            used += 1
    for parent in inner:  # the nodes left over: leaves on those free slots, no path grows
        if used >= n:
            break
        (left if left[parent] == -1 else right)[parent] = used
        used += 1
    for node in range(used, n):  # a tree too small for that: the main path grows
        left[spine - 1 if node == used else node - 1] = node
    return left, right


def _with_extra_leaf(children, at):
    """Hang one more leaf on node `at`, where a child slot is free."""
    left, right = [list(side) for side in children]
    n = len(left)
    left.append(-1)
    right.append(-1)
    (left if left[at] == -1 else right)[at] = n
    return left, right


_fib10 = _fibonacci(10)

HIDDEN = [
    {"tag": "single node, extreme value", "args": {"root": [LOW]}},
    {"tag": "only a left child", "args": {"root": [1, 2]}},
    {"tag": "only a right child", "args": {"root": [1, None, 2]}},
    {"tag": "path of three, left", "args": {"root": [1, 2, None, 3]}},
    {"tag": "path of three, right", "args": {"root": [1, None, 2, None, 3]}},
    {"tag": "path of three, bent", "args": {"root": [1, 2, None, None, 3]}},
    {
        "tag": "balanced at the root, not below it",
        "args": {"root": [1, 2, 3, 4, None, None, 5, 6, None, None, 7]},
    },
    {
        "tag": "unbalanced child with an empty sibling",
        "args": {"root": [1, 2, None, 3, None, 4]},
    },
    {
        "tag": "unbalanced node deep in the right subtree",
        "args": {
            "root": [1, 2, 3, 4, 5, 6, 7, 8, None, None, None, None, None, None, 9, None, None, None, 10]
        },
    },
    {"tag": "heights differ by exactly one everywhere", "args": {"root": _tree(_fib10)}},
    {"tag": "leaves at very different depths, mirrored", "args": {"root": _tree(_fibonacci(9, True))}},
    {"tag": "one leaf too many on the sparsest tree", "args": {"root": _tree(_with_extra_leaf(_fib10, 9))}},
    {"tag": "repeated values", "args": {"root": [0, 0, 0, 0, 0, None, 0, 0]}},
    {"tag": "perfect tree of 127 nodes", "args": {"root": random_tree(_rng, 127, "complete", LOW, HIGH)}},
    {"tag": "max nodes, complete", "args": {"root": random_tree(_rng, MAX_NODES, "complete", LOW, HIGH)}},
    {"tag": "max nodes, random shape", "args": {"root": random_tree(_rng, MAX_NODES, "random", LOW, HIGH)}},
    {"tag": "sparsest balanced tree near max nodes", "args": {"root": _tree(_fibonacci(17))}},
    {"tag": "long left path", "args": {"root": random_tree(_rng, DEEP_NODES, "left", LOW, HIGH)}},
    {"tag": "long zigzag path", "args": {"root": random_tree(_rng, DEEP_NODES, "zigzag", LOW, HIGH)}},
    {"tag": "comb: balanced along a long path", "args": {"root": _tree(_comb(DEEP_NODES, _rng))}},
]

SHAPES = ["random", "complete", "spine", "left", "right", "zigzag", "fibonacci", "comb"]
DEEP_SHAPES = ("spine", "left", "right", "zigzag", "comb")


def _big(rng, size, kind):
    if kind == "fibonacci":  # balanced trees are rare among random ones
        height = 1
        while len(_fibonacci(height + 1)[0]) <= size:
            height += 1
        children = _fibonacci(height, rng.random() < 0.5)
        if rng.random() < 0.5:  # one leaf more: balanced or not, depending on where
            children = _with_extra_leaf(children, rng.randrange(len(children[0])))
    elif kind == "comb":
        children = _comb(size, rng)
    else:
        children = shape(rng, size, kind)
    left, right = children
    return level_order([rng.randint(LOW, HIGH) for _ in left], left, right)


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        return {"root": draw(small_trees(30, LOW, HIGH))}
    # big trees: Hypothesis alone rarely draws them
    kind = draw(st.sampled_from(SHAPES))
    size = draw(st.integers(0, DEEP_NODES if kind in DEEP_SHAPES else MAX_NODES))
    rng = random.Random(draw(st.integers(0, 2**32)))
    return {"root": _big(rng, size, kind)}


def inputs():
    return _inputs()


def valid(args):
    return check_level_order(args["root"], MAX_NODES, LOW, HIGH)


def large(n, rng):
    # the comb: checked from the top, every node of its main path is balanced, so each
    # one measures its whole subtree again (about n^1.5 steps)
    left, right = _comb(max(1, n), rng)
    return {"root": level_order([rng.randint(LOW, HIGH) for _ in range(len(left))], left, right)}
