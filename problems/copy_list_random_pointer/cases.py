import random

from hypothesis import strategies as st

LOW, HIGH = -10_000, 10_000
MAX_LEN = 1000


def _pairs(values, randoms):
    return [[v, r] for v, r in zip(values, randoms, strict=True)]


def _random_list(rng, n, values=None, none_share=0.2):
    """n nodes with values from `values` (or the whole range) and random targets anywhere."""
    vals = [rng.choice(values) if values else rng.randint(LOW, HIGH) for _ in range(n)]
    targets = [None if rng.random() < none_share else rng.randrange(n) for _ in range(n)]
    return _pairs(vals, targets)


_R = random.Random(138)
_N = MAX_LEN

EXAMPLES = [
    {
        "args": {"head": [[7, None], [13, 0], [11, 4], [10, 2], [1, 0]]},
        "expected": [[7, None], [13, 0], [11, 4], [10, 2], [1, 0]],
    },
    {"args": {"head": [[1, 1], [2, 1]]}, "expected": [[1, 1], [2, 1]]},
    {"args": {"head": [[3, None], [3, 0], [3, None]]}, "expected": [[3, None], [3, 0], [3, None]]},
]

HIDDEN = [
    {"tag": "empty list", "args": {"head": []}},
    {"tag": "one node, random None", "args": {"head": [[5, None]]}},
    {"tag": "one node, random to itself", "args": {"head": [[-4, 0]]}},
    {"tag": "two nodes pointing at each other", "args": {"head": [[1, 1], [2, 0]]}},
    {"tag": "two equal values, different randoms", "args": {"head": [[8, None], [8, 1]]}},
    {"tag": "every random None", "args": {"head": _pairs([4, -2, 9, 0, 4], [None] * 5)}},
    {"tag": "every random to itself", "args": {"head": _pairs([1, 2, 3, 4], [0, 1, 2, 3])}},
    {"tag": "every random to the head", "args": {"head": _pairs([6, 5, 4, 3, 2], [0] * 5)}},
    {"tag": "every random to the tail", "args": {"head": _pairs([6, 5, 4, 3, 2], [4] * 5)}},
    {"tag": "random to the previous node", "args": {"head": _pairs([10, 20, 30, 40], [None, 0, 1, 2])}},
    {
        "tag": "random to the next node, last None",
        "args": {"head": _pairs([10, 20, 30, 40], [1, 2, 3, None])},
    },
    {"tag": "all values equal, randoms mixed", "args": {"head": _pairs([7] * 6, [5, None, 0, 0, 3, 1])}},
    {"tag": "extreme values", "args": {"head": _pairs([LOW, HIGH, 0, LOW], [1, 0, None, 3])}},
    {"tag": "values equal to indices", "args": {"head": _pairs([1, 0, 3, 2], [0, 1, 2, 3])}},
    {"tag": "max length, random targets", "args": {"head": _random_list(_R, _N)}},
    {"tag": "max length, one value everywhere", "args": {"head": _random_list(_R, _N, [0])}},
    {
        "tag": "max length, randoms mirrored",
        "args": {"head": _pairs(list(range(_N)), [_N - 1 - i for i in range(_N)])},
    },
    {"tag": "max length, no randoms", "args": {"head": _pairs([-1] * _N, [None] * _N)}},
    {"tag": "max length, two values", "args": {"head": _random_list(_R, _N, [LOW, HIGH], 0.0)}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):  # drawn node by node: shrinks well
        n = draw(st.integers(0, 8))
        values = draw(st.lists(st.integers(LOW, HIGH) | st.integers(-2, 2), min_size=n, max_size=n))
        randoms = draw(st.lists(st.none() | st.integers(0, max(0, n - 1)), min_size=n, max_size=n))
        return {"head": _pairs(values, randoms)}
    n = draw(st.integers(0, MAX_LEN))
    rng = random.Random(draw(st.integers(0, 2**32)))
    values = draw(st.sampled_from([None, [0], [1, 2, 3], [LOW, HIGH]]))
    share = draw(st.sampled_from([0.0, 0.2, 1.0]))
    return {"head": _random_list(rng, n, values, share)}


def inputs():
    return _inputs()


def valid(args):
    head = args["head"]
    if type(head) is not list or len(head) > MAX_LEN:
        return "number of nodes out of range"
    n = len(head)
    for i, pair in enumerate(head):
        if type(pair) is not list or len(pair) != 2:
            return f"node {i} is not a [val, random_index] pair"
        val, target = pair
        if type(val) is not int or not LOW <= val <= HIGH:
            return f"node {i}'s value is out of range"
        if target is not None and (type(target) is not int or not 0 <= target < n):
            return f"node {i}'s random index is not a node of the list"
    return None


def large(n, rng):
    # targets spread over the whole list, so that a walk from the head to each one
    # covers half the list on average
    return {"head": _random_list(rng, max(1, n))}
