import random

from hypothesis import strategies as st

from judge.authoring.trees import SHAPES, check_level_order, level_order, random_tree, small_trees

LOW, HIGH = -100, 100
MAX_NODES = 100

EXAMPLES = [
    {"args": {"root": [1, 2, 3, None, 5, None, 4]}, "expected": [1, 3, 4]},
    {"args": {"root": [8, 3, 9, 1, 6, None, None, 0]}, "expected": [8, 9, 6, 0]},
    {"args": {"root": [7, None, -2]}, "expected": [7, -2]},
    {"args": {"root": []}, "expected": []},
]


def _comb(n, rng):
    """A main path of about sqrt(2n) nodes, turning at random, whose node i also carries
    a side path as long as the main path below it: about sqrt(2n) levels deep."""
    left, right = [-1] * n, [-1] * n
    spine = 1
    while (spine + 1) * (spine + 2) // 2 <= n:
        spine += 1
    sides = [(left, right) if rng.random() < 0.5 else (right, left) for _ in range(spine)]
    for i in range(spine - 1):
        sides[i][0][i] = i + 1
    used = spine
    for i in range(spine):
        prev, side = i, sides[i][1]
        for _ in range(spine - i - 1):
            if used >= n:
                break
            side[prev] = used
            prev, side = used, (left if rng.random() < 0.5 else right)
            used += 1
    for node in range(used, n):  # the few nodes left over lengthen the last side path
        (left if left[node - 1] == -1 else right)[node - 1] = node
    return left, right


def _distinct(children, rng):
    left, right = children
    return level_order(rng.sample(range(LOW, HIGH + 1), len(left)), left, right)


_rng = random.Random(199)

HIDDEN = [
    {"tag": "single node, negative", "args": {"root": [LOW]}},
    {"tag": "only a left child", "args": {"root": [1, 2]}},
    {"tag": "only a right child", "args": {"root": [1, None, 2]}},
    {"tag": "left subtree one level deeper", "args": {"root": [1, 2, 3, 4]}},
    {"tag": "right child ends, left subtree goes on", "args": {"root": [1, 2, 3, 4, None, None, None, 5]}},
    {"tag": "rightmost node is a left child", "args": {"root": [1, 2, 3, None, None, 4]}},
    {"tag": "rightmost node is a left child's right child", "args": {"root": [1, 2, 3, None, 4, 5]}},
    {
        "tag": "deep levels seen through the far left",
        "args": {"root": [1, 2, 3, 4, 5, None, 6, 7, None, None, None, None, None, 8, 9, 10]},
    },
    {"tag": "repeated values", "args": {"root": [0, 0, 0, 0, None, None, 0]}},
    {"tag": "extreme values", "args": {"root": [HIGH, LOW, HIGH, LOW, None, None, LOW]}},
    {"tag": "zigzag path", "args": {"root": random_tree(_rng, 20, "zigzag", LOW, HIGH)}},
    {"tag": "perfect tree of 63 nodes", "args": {"root": random_tree(_rng, 63, "complete", LOW, HIGH)}},
    {"tag": "max nodes, complete", "args": {"root": random_tree(_rng, MAX_NODES, "complete", LOW, HIGH)}},
    {"tag": "max nodes, left path", "args": {"root": random_tree(_rng, MAX_NODES, "left", LOW, HIGH)}},
    {"tag": "max nodes, right path", "args": {"root": random_tree(_rng, MAX_NODES, "right", LOW, HIGH)}},
    {"tag": "max nodes, random shape", "args": {"root": random_tree(_rng, MAX_NODES, "random", LOW, HIGH)}},
    {
        "tag": "max nodes, long path with branches",
        "args": {"root": random_tree(_rng, MAX_NODES, "spine", LOW, HIGH)},
    },
    {"tag": "max nodes, comb", "args": {"root": _distinct(_comb(MAX_NODES, _rng), _rng)}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        return {"root": draw(small_trees(30, LOW, HIGH))}
    # big trees: Hypothesis alone rarely draws them
    rng = random.Random(draw(st.integers(0, 2**32)))
    size = draw(st.integers(0, MAX_NODES))
    kind = draw(st.sampled_from([*SHAPES, "comb"]))
    if kind == "comb":
        left, right = _comb(size, rng)
        return {"root": level_order([rng.randint(LOW, HIGH) for _ in left], left, right)}
    return {"root": random_tree(rng, size, kind, LOW, HIGH)}


def inputs():
    return _inputs()


def valid(args):
    return check_level_order(args["root"], MAX_NODES, LOW, HIGH)


def large(n, rng):
    # the comb: a search for each level's rightmost node reads the whole tree about
    # sqrt(2n) times, and most levels' rightmost nodes lie on side paths
    n = max(1, n)
    left, right = _comb(n, rng)
    return {"root": level_order([rng.randint(LOW, HIGH) for _ in range(n)], left, right)}
