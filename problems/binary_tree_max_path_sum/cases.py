import random

from hypothesis import strategies as st

from judge.authoring.trees import check_level_order, level_order, random_tree, small_trees

LOW, HIGH = -1000, 1000
MAX_NODES = 3 * 10**4

EXAMPLES = [
    {"args": {"root": [2, -1, 3]}, "expected": 5},
    {"args": {"root": [-4, 8, 6, None, None, -3, 7]}, "expected": 17},
    {"args": {"root": [-3, -1, -2]}, "expected": -1},
]

_rng = random.Random(124)


def _path(values, rng):
    """A path holding values from the top down, turning left or right at random."""
    n = len(values)
    left, right = [-1] * n, [-1] * n
    for i in range(1, n):
        (left if rng.random() < 0.5 else right)[i - 1] = i
    return level_order(values, left, right)


def _valley(n):
    """A path whose two ends are high and whose middle is low: the best path is one end."""
    return [HIGH if i in (0, n - 1) else -1 for i in range(n)]


HIDDEN = [
    {"tag": "single node, smallest value", "args": {"root": [LOW]}},
    {"tag": "single node, largest value", "args": {"root": [HIGH]}},
    {"tag": "single node, zero", "args": {"root": [0]}},
    {"tag": "all negative, best is a leaf", "args": {"root": [-10, -20, -30, -1]}},
    {"tag": "all negative, best is the root", "args": {"root": [-1, -2, -3, -4, -5, -6, -7]}},
    {"tag": "all the smallest value", "args": {"root": [LOW] * 15}},
    {"tag": "zeros and negatives", "args": {"root": [-5, 0, -5, None, -1, 0]}},
    {"tag": "a negative branch is left out", "args": {"root": [5, -100, 4]}},
    {"tag": "bends below the root", "args": {"root": [1, 2, None, 3, 4]}},
    {"tag": "bends below a negative root", "args": {"root": [-50, 10, 1, 20, 30]}},
    {"tag": "straight down one side", "args": {"root": [1, 2, None, 3, None, 4]}},
    {"tag": "crosses a negative node for more", "args": {"root": [10, -3, None, 8, 9]}},
    {"tag": "a single deep leaf beats everything", "args": {"root": [-1, -1, -1, None, -1, None, None, 900]}},
    {"tag": "both children negative, node alone", "args": {"root": [3, -1, -2]}},
    {"tag": "worth crossing two negative children", "args": {"root": [3, -1, -2, 4, None, None, 5]}},
    {"tag": "zigzag path, random values", "args": {"root": random_tree(_rng, 40, "zigzag", LOW, HIGH)}},
    {"tag": "max nodes, path of the largest value", "args": {"root": _path([HIGH] * MAX_NODES, _rng)}},
    {"tag": "max nodes, path of the smallest value", "args": {"root": _path([LOW] * MAX_NODES, _rng)}},
    {
        "tag": "max nodes, path with high ends and a low middle",
        "args": {"root": _path(_valley(MAX_NODES), _rng)},
    },
    {
        "tag": "max nodes, left path, random values",
        "args": {"root": random_tree(_rng, MAX_NODES, "left", LOW, HIGH)},
    },
    {
        "tag": "max nodes, complete, random values",
        "args": {"root": random_tree(_rng, MAX_NODES, "complete", LOW, HIGH)},
    },
    {
        "tag": "max nodes, random shape, mostly negative",
        "args": {"root": random_tree(_rng, MAX_NODES, "random", LOW, 50)},
    },
    {
        "tag": "max nodes, long path with branches",
        "args": {"root": random_tree(_rng, MAX_NODES, "spine", LOW, HIGH)},
    },
]

SHAPES = ["random", "random", "spine", "complete", "left", "right", "zigzag"]
RANGES = [(LOW, HIGH), (-5, 5), (LOW, -1), (-3, 1), (0, HIGH)]


@st.composite
def _inputs(draw):
    low, high = draw(st.sampled_from(RANGES))
    if draw(st.booleans()):
        return {"root": draw(small_trees(30, low, high).filter(bool))}
    # big trees: Hypothesis alone rarely draws them
    shape = draw(st.sampled_from(SHAPES))
    size = draw(st.integers(1, MAX_NODES))
    rng = random.Random(draw(st.integers(0, 2**32)))
    return {"root": random_tree(rng, size, shape, low, high)}


def inputs():
    return _inputs()


def valid(args):
    root = args["root"]
    if not root:
        return "the tree has at least one node"
    return check_level_order(root, MAX_NODES, LOW, HIGH)


def large(n, rng):
    # one long path turning at random: working out the best chain below every node
    # afresh costs n^2 / 2 steps here
    return {"root": _path([rng.randint(LOW, HIGH) for _ in range(max(n, 1))], rng)}
