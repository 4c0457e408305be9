import random

from hypothesis import strategies as st

from judge.authoring.trees import SHAPES, check_level_order, children, level_order, random_tree, small_trees

LOW, HIGH = -10_000, 10_000
MAX_ROOT, MAX_SUB = 2000, 1000

EXAMPLES = [
    {"args": {"root": [6, 3, 9, 1, 4], "subRoot": [3, 1, 4]}, "expected": True},
    {"args": {"root": [6, 3, 9, 1, 4, None, None, None, None, 0], "subRoot": [3, 1, 4]}, "expected": False},
    {"args": {"root": [2, 2, 2, None, None, 2], "subRoot": [2, 2]}, "expected": True},
    {"args": {"root": [12], "subRoot": [2]}, "expected": False},
]


def _subtree(level, at):
    """The subtree of a level-order tree rooted at its node number `at` (0: the root)."""
    values, left, right = children(level)
    keep, new = [at], {at: 0}
    for node in keep:
        for child in (left[node], right[node]):
            if child != -1:
                new[child] = len(keep)
                keep.append(child)
    sub_left = [new.get(left[node], -1) for node in keep]
    sub_right = [new.get(right[node], -1) for node in keep]
    return level_order([values[node] for node in keep], sub_left, sub_right)


def _nudged(level, rng):
    """The same tree with one value changed or one leaf added: close, but not equal."""
    values, left, right = children(level)
    n = len(values)
    if rng.random() < 0.5:
        i = rng.randrange(n)
        values[i] = values[i] - 1 if values[i] > LOW else values[i] + 1
    else:
        parent, side = rng.choice([(i, s) for i in range(n) for s in (left, right) if s[i] == -1])
        side[parent] = n
        values.append(values[parent])
        left.append(-1)
        right.append(-1)
    return level_order(values, left, right)


def _equal_paths(n, sub, extra):
    """root: a left path of n nodes of value 1; subRoot: a left path of `sub` nodes of
    value 1, whose last node has one right child more when `extra`."""
    left = [i + 1 for i in range(n - 1)] + [-1]
    root = level_order([1] * n, left, [-1] * n)
    sub_left = [i + 1 for i in range(sub - 1)] + [-1]
    sub_right = [-1] * sub
    if extra:
        sub_left.append(-1)
        sub_right.append(-1)
        sub_right[sub - 1] = sub
    size = len(sub_left)
    return {"root": root, "subRoot": level_order([1] * size, sub_left, sub_right)}


def _largest_fitting(level):
    """The number of the node with the largest subtree that subRoot may be."""
    values, left, right = children(level)
    size = [1] * len(values)
    for node in reversed(range(len(values))):  # children are numbered after their parents
        size[node] += sum(size[c] for c in (left[node], right[node]) if c != -1)
    return max((s, node) for node, s in enumerate(size) if s <= MAX_SUB)[1]


_rng = random.Random(572)
_full = random_tree(_rng, MAX_ROOT, "complete", LOW, HIGH)
_random = random_tree(_rng, MAX_ROOT, "random", LOW, HIGH)
_path = random_tree(_rng, MAX_ROOT, "zigzag", -1, 1)

HIDDEN = [
    {"tag": "single nodes, equal", "args": {"root": [LOW], "subRoot": [LOW]}},
    {"tag": "single nodes, different", "args": {"root": [HIGH], "subRoot": [LOW]}},
    {"tag": "the whole tree", "args": {"root": [1, 2, 3, 4, None, 5], "subRoot": [1, 2, 3, 4, None, 5]}},
    {"tag": "a leaf", "args": {"root": [1, 2, 3, 4, None, 5], "subRoot": [5]}},
    {"tag": "value only at an inner node", "args": {"root": [1, 2, 3, 4], "subRoot": [2]}},
    {
        "tag": "match has more nodes below",
        "args": {"root": [1, 2, 3, None, None, 4, 5, 6], "subRoot": [3, 4, 5]},
    },
    {"tag": "value a digit suffix of another", "args": {"root": [3, 12, 7], "subRoot": [2]}},
    {"tag": "negative of the value", "args": {"root": [5, -4, 8], "subRoot": [4]}},
    {"tag": "same preorder, different shape", "args": {"root": [1, 2, 3], "subRoot": [1, 2, None, None, 3]}},
    {"tag": "same values, mirrored", "args": {"root": [7, 1, 2, 3], "subRoot": [1, None, 3]}},
    {
        "tag": "first value match fails, a later one matches",
        "args": {"root": [4, 4, 5, 1, None, 4, None, None, None, 1, 2], "subRoot": [4, 1, 2]},
    },
    {
        "tag": "match deep in the right subtree",
        "args": {"root": [0, 1, 2, None, None, 3, 4, None, None, 5, 6], "subRoot": [4, 5, 6]},
    },
    {"tag": "all values equal, shape matches", "args": {"root": [0, 0, 0, 0, 0, 0], "subRoot": [0, 0, 0]}},
    {
        "tag": "all values equal, no shape matches",
        "args": {"root": [0, 0, 0, 0, 0, 0], "subRoot": [0, None, 0]},
    },
    {"tag": "subRoot larger than root", "args": {"root": [1, 2], "subRoot": [1, 2, 3]}},
    {"tag": "max nodes, complete, deep subtree", "args": {"root": _full, "subRoot": _subtree(_full, 9)}},
    {
        "tag": "max nodes, random, near miss",
        "args": {"root": _random, "subRoot": _nudged(_subtree(_random, _largest_fitting(_random)), _rng)},
    },
    {
        "tag": "max nodes, random, found",
        "args": {"root": _random, "subRoot": _subtree(_random, _largest_fitting(_random))},
    },
    {
        "tag": "long path, its bottom half",
        "args": {"root": _path, "subRoot": _subtree(_path, MAX_ROOT - MAX_SUB)},
    },
    {
        "tag": "max nodes, equal values, near miss at every node",
        "args": _equal_paths(MAX_ROOT, MAX_SUB - 1, True),
    },
    {"tag": "max nodes, equal values, found at the bottom", "args": _equal_paths(MAX_ROOT, MAX_SUB, False)},
]


def _node_count(level):
    return sum(v is not None for v in level)


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        root = draw(small_trees(25, -2, 2).filter(bool))
    else:  # big trees: Hypothesis alone rarely draws them
        rng = random.Random(draw(st.integers(0, 2**32)))
        size = draw(st.integers(1, MAX_ROOT))
        values = draw(st.sampled_from([(LOW, HIGH), (-1, 1)]))
        root = random_tree(rng, size, draw(st.sampled_from(SHAPES)), *values)
    how = draw(st.sampled_from(["subtree", "nudged", "nudged", "other"]))
    if how == "other":
        return {"root": root, "subRoot": draw(small_trees(8, -2, 2).filter(bool))}
    count = _node_count(root)
    at = draw(st.integers(0, count - 1))
    sub = _subtree(root, at)
    if _node_count(sub) > MAX_SUB:  # too big: one of the node's children
        sub = _subtree(root, count - 1)
    if how == "nudged":
        sub = _nudged(sub, random.Random(draw(st.integers(0, 2**32))))
        if _node_count(sub) > MAX_SUB:
            sub = sub[:1]
    return {"root": root, "subRoot": sub}


def inputs():
    return _inputs()


def valid(args):
    for name, most in (("root", MAX_ROOT), ("subRoot", MAX_SUB)):
        if not args[name]:
            return f"{name} has no nodes"
        bad = check_level_order(args[name], most, LOW, HIGH)
        if bad:
            return f"{name}: {bad}"
    return None


def large(n, rng):
    # paths of equal values: compared at every node of root, subRoot (n/32 nodes)
    # matches all the way down before its extra child tells them apart, so the
    # comparisons cost about n^2 / 32 steps while each call stays short
    n = max(2, n)
    return _equal_paths(n, max(1, n // 32), True)
