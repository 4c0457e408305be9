import random

from hypothesis import strategies as st

from judge.authoring.trees import check_level_order, level_order, random_tree, small_trees

LOW, HIGH = -(10**4), 10**4
MAX_NODES = 10**5

EXAMPLES = [
    {"args": {"root": [4, 2, 6, 7, None, 5, 9]}, "expected": 4},
    {"args": {"root": [2, 2, None, 1, 3]}, "expected": 3},
    {"args": {"root": [-7]}, "expected": 1},
]

_rng = random.Random(1448)


def _path(values, rng):
    """A path holding values from the top down, turning left or right at random."""
    n = len(values)
    left, right = [-1] * n, [-1] * n
    for i in range(1, n):
        (left if rng.random() < 0.5 else right)[i - 1] = i
    return level_order(values, left, right)


def _rising(n):
    """n values climbing slowly from LOW to HIGH, with ties."""
    return [LOW + i * (HIGH - LOW) // max(1, n - 1) for i in range(n)]


def _sawtooth(n):
    """Slowly rising values where every odd one dips by 1: about half the nodes are good."""
    return [v - (i % 2) if v > LOW else v for i, v in enumerate(_rising(n))]


HIDDEN = [
    {"tag": "single node, smallest value", "args": {"root": [LOW]}},
    {"tag": "single node, largest value", "args": {"root": [HIGH]}},
    {"tag": "all negative, children smaller", "args": {"root": [-5, -6, -9]}},
    {"tag": "all negative, children larger", "args": {"root": [-5, -3, -4]}},
    {"tag": "negative root, zero child", "args": {"root": [-1, 0, None, -1]}},
    {"tag": "ties with the path's maximum are good", "args": {"root": [3, 3, 3, 3, None, None, 3]}},
    {"tag": "larger than its parent, smaller than the root", "args": {"root": [5, 1, None, 4, None, 3]}},
    {"tag": "largest on one branch does not bound the other", "args": {"root": [1, 10, 2, 11, None, 3, 1]}},
    {"tag": "deep node beats a dip below it", "args": {"root": [4, None, 2, None, 4, 3, 5]}},
    {"tag": "strictly decreasing path", "args": {"root": [9, 8, None, 7, None, 6, None, 5]}},
    {"tag": "strictly increasing path", "args": {"root": [1, None, 2, None, 3, None, 4, None, 5]}},
    {"tag": "extreme values", "args": {"root": [LOW, HIGH, LOW, HIGH, LOW, HIGH, HIGH]}},
    {"tag": "root holds the largest value", "args": {"root": [HIGH, 7, 7, 8, 9, 10, 11]}},
    {"tag": "complete tree, values equal", "args": {"root": [0] * 63}},
    {"tag": "zigzag path, random values", "args": {"root": random_tree(_rng, 40, "zigzag", -5, 5)}},
    {"tag": "max nodes, slowly rising path with ties", "args": {"root": _path(_rising(MAX_NODES), _rng)}},
    {"tag": "max nodes, sawtooth path", "args": {"root": _path(_sawtooth(MAX_NODES), _rng)}},
    {"tag": "max nodes, left path", "args": {"root": random_tree(_rng, MAX_NODES, "left", -50, 50)}},
    {"tag": "max nodes, complete", "args": {"root": random_tree(_rng, MAX_NODES, "complete", LOW, HIGH)}},
    {"tag": "max nodes, random shape", "args": {"root": random_tree(_rng, MAX_NODES, "random", LOW, HIGH)}},
    {"tag": "long path with many branches", "args": {"root": random_tree(_rng, MAX_NODES, "spine", -9, 9)}},
]

SHAPES = ["random", "random", "spine", "complete", "left", "right", "zigzag"]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        # small trees; a narrow value range makes ties and equal maxima common
        low, high = draw(st.sampled_from([(-3, 3), (LOW, HIGH), (LOW, LOW + 2), (HIGH - 2, HIGH)]))
        return {"root": draw(small_trees(30, low, high).filter(bool))}
    # big trees: Hypothesis alone rarely draws them
    shape = draw(st.sampled_from(SHAPES))
    size = draw(st.integers(1, MAX_NODES))
    rng = random.Random(draw(st.integers(0, 2**32)))
    spread = rng.choice([3, 100, HIGH])
    return {"root": random_tree(rng, size, shape, -spread, spread)}


def inputs():
    return _inputs()


def valid(args):
    root = args["root"]
    if not root:
        return "the tree has at least one node"
    return check_level_order(root, MAX_NODES, LOW, HIGH)


def large(n, rng):
    # one long path turning at random: comparing every node with the whole path above
    # it does n^2 / 2 steps here; values rise slowly so that about half the nodes are good
    n = max(n, 1)
    return {"root": _path([max(LOW, v - rng.randint(0, 1)) for v in _rising(n)], rng)}
