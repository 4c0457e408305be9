import random

from hypothesis import strategies as st

from judge.authoring.trees import (
    SHAPES,
    check_level_order,
    children,
    level_order,
    random_tree,
    shape,
    small_trees,
)

LOW, HIGH = -10_000, 10_000
MAX_NODES = 100

EXAMPLES = [
    {"args": {"p": [4, 9, -3], "q": [4, 9, -3]}, "expected": True},
    {"args": {"p": [4, 9], "q": [4, None, 9]}, "expected": False},
    {"args": {"p": [2, 5, 8], "q": [2, 8, 5]}, "expected": False},
    {"args": {"p": [], "q": []}, "expected": True},
]


def _mutated(level, rng):
    """The same tree with one small change: a value, a leaf more or less, or a swap."""
    values, left, right = children(level)
    n = len(values)
    kind = rng.choice(["value", "add", "drop", "swap"])
    if kind == "value" and n:
        i = rng.randrange(n)
        values[i] = rng.choice([v for v in (values[i] + 1, values[i] - 1, -values[i], 0) if LOW <= v <= HIGH])
    elif kind == "drop" and n > 1:
        leaves = [i for i in range(1, n) if left[i] == right[i] == -1]
        gone = rng.choice(leaves)
        for side in (left, right):
            side[:] = [-1 if c == gone else c for c in side]
    elif kind == "swap" and n:
        i = rng.randrange(n)
        left[i], right[i] = right[i], left[i]
    elif n < MAX_NODES:
        free = [(i, s) for i in range(n) for s in (left, right) if s[i] == -1] or [(0, None)]
        parent, side = rng.choice(free)
        values.append(rng.randint(LOW, HIGH))
        left.append(-1)
        right.append(-1)
        if side is None:  # the empty tree gets a root
            return level_order(values, left, right)
        side[parent] = n
    return level_order(values, left, right)


def _other(value):
    return value - 1 if value > LOW else value + 1


_rng = random.Random(100)
_big = random_tree(_rng, MAX_NODES, "random", LOW, HIGH)
_path = random_tree(_rng, MAX_NODES, "zigzag", LOW, HIGH)
_full = random_tree(_rng, MAX_NODES, "complete", LOW, HIGH)

HIDDEN = [
    {"tag": "first empty, second not", "args": {"p": [], "q": [1]}},
    {"tag": "second empty, first not", "args": {"p": [0], "q": []}},
    {"tag": "single nodes, equal", "args": {"p": [LOW], "q": [LOW]}},
    {"tag": "single nodes, opposite values", "args": {"p": [HIGH], "q": [LOW]}},
    {"tag": "left child against right child", "args": {"p": [1, None, 2], "q": [1, 2]}},
    {"tag": "same in order, different shape", "args": {"p": [1, 2], "q": [2, None, 1]}},
    {
        "tag": "same level lists, different parents",
        "args": {"p": [1, 2, 3, 4], "q": [1, 2, 3, None, None, 4]},
    },
    {
        "tag": "differs only in the right subtree",
        "args": {"p": [1, 2, 3, 4, 5, 6, 7], "q": [1, 2, 3, 4, 5, 6, 8]},
    },
    {"tag": "extra leaf on the right only", "args": {"p": [5, 3, 8], "q": [5, 3, 8, None, None, None, 9]}},
    {"tag": "zero against a missing node", "args": {"p": [0, 0], "q": [0, None, 0]}},
    {"tag": "zero values, equal", "args": {"p": [0, 0, 0, None, 0], "q": [0, 0, 0, None, 0]}},
    {"tag": "all values equal, shapes differ deep", "args": {"p": [7, 7, 7, 7], "q": [7, 7, 7, None, 7]}},
    {"tag": "max nodes, equal", "args": {"p": _big, "q": list(_big)}},
    {"tag": "max nodes, last value differs", "args": {"p": _big, "q": [*_big[:-1], _other(_big[-1])]}},
    {"tag": "max nodes, one leaf missing", "args": {"p": _full, "q": _full[:-1]}},
    {"tag": "long paths, equal", "args": {"p": _path, "q": list(_path)}},
    {"tag": "long paths, deepest value differs", "args": {"p": _path, "q": [*_path[:-1], _other(_path[-1])]}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        p = draw(small_trees(20, -3, 3))
    else:  # big trees: Hypothesis alone rarely draws them
        rng = random.Random(draw(st.integers(0, 2**32)))
        p = random_tree(rng, draw(st.integers(0, MAX_NODES)), draw(st.sampled_from(SHAPES)), LOW, HIGH)
    how = draw(st.sampled_from(["equal", "mutated", "mutated", "other"]))
    if how == "equal":
        return {"p": p, "q": list(p)}
    if how == "other":
        return {"p": p, "q": draw(small_trees(20, -3, 3))}
    rng = random.Random(draw(st.integers(0, 2**32)))
    q = _mutated(p, rng)
    return {"p": p, "q": q} if draw(st.booleans()) else {"p": q, "q": p}


def inputs():
    return _inputs()


def valid(args):
    return check_level_order(args["p"], MAX_NODES, LOW, HIGH) or check_level_order(
        args["q"], MAX_NODES, LOW, HIGH
    )


def large(n, rng):
    # two equal trees: every node of both must be compared
    left, right = shape(rng, n, "random")
    values = [rng.randint(LOW, HIGH) for _ in range(n)]
    tree = level_order(values, left, right)
    return {"p": tree, "q": list(tree)}
