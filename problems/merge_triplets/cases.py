import random

from hypothesis import strategies as st

MAX_LEN = 100_000
TOP = 1000

EXAMPLES = [
    {"args": {"triplets": [[2, 5, 3], [1, 8, 4], [1, 7, 5]], "target": [2, 7, 5]}, "expected": True},
    {"args": {"triplets": [[3, 4, 5], [4, 5, 6]], "target": [3, 2, 5]}, "expected": False},
    {
        "args": {"triplets": [[2, 5, 3], [2, 3, 4], [1, 2, 5], [5, 2, 3]], "target": [5, 5, 5]},
        "expected": True,
    },
]


def _near(rng, target, spread):
    """A triplet whose values lie within `spread` of the target's, inside [1, TOP]."""
    return [max(1, min(TOP, t + rng.randint(-spread, spread // 3))) for t in target]


def _long(seed, size, target, spread):
    rng = random.Random(seed)
    return [_near(rng, target, spread) for _ in range(size)]


_r = random.Random(1899)
# Small values keep the largest lists under a megabyte of JSON.
_SMALL = [[_r.randint(1, 9) for _ in range(3)] for _ in range(MAX_LEN)]
LONG = 10_000  # the other long cases: a batch of several 10^5 lists takes long to send
_ALMOST = [[9, 9, 9]] * (LONG - 3) + [[5, 4, 1], [1, 3, 5], [6, 1, 2]]
_LATE = [[2, 2, 2]] * (LONG - 1) + [[4, 3, 1]]

HIDDEN = [
    {"tag": "single triplet, the target", "args": {"triplets": [[4, 5, 6]], "target": [4, 5, 6]}},
    {"tag": "single triplet, below the target", "args": {"triplets": [[4, 5, 5]], "target": [4, 5, 6]}},
    {"tag": "single triplet, above the target", "args": {"triplets": [[4, 5, 7]], "target": [4, 5, 6]}},
    {
        "tag": "needs three merges",
        "args": {"triplets": [[5, 1, 1], [1, 5, 1], [1, 1, 5]], "target": [5, 5, 5]},
    },
    {
        "tag": "the only match overshoots elsewhere",
        "args": {"triplets": [[5, 2, 9], [1, 5, 1], [1, 1, 5]], "target": [5, 5, 5]},
    },
    {
        "tag": "overshooting triplet beside the target",
        "args": {"triplets": [[5, 5, 5], [6, 1, 1]], "target": [5, 5, 5]},
    },
    {
        "tag": "overshooting triplet first",
        "args": {"triplets": [[1, 1, 6], [3, 2, 1], [1, 2, 3]], "target": [3, 2, 3]},
    },
    {
        "tag": "each value matched, never together",
        "args": {"triplets": [[3, 9, 9], [9, 4, 9], [9, 9, 5]], "target": [3, 4, 5]},
    },
    {"tag": "all ones", "args": {"triplets": [[1, 1, 1], [1, 1, 1]], "target": [1, 1, 1]}},
    {"tag": "largest values", "args": {"triplets": [[TOP, 1, TOP], [1, TOP, 1]], "target": [TOP, TOP, TOP]}},
    {"tag": "target below every triplet", "args": {"triplets": [[2, 2, 2], [3, 3, 3]], "target": [1, 1, 1]}},
    {
        "tag": "two of three values reachable",
        "args": {"triplets": [[7, 1, 1], [1, 7, 1], [1, 1, 6]], "target": [7, 7, 7]},
    },
    {"tag": "values in other places", "args": {"triplets": [[2, 3, 1], [3, 1, 2]], "target": [1, 2, 3]}},
    {"tag": "max length, small values to the top", "args": {"triplets": _SMALL, "target": [9, 9, 9]}},
    {"tag": "long, small values, one short", "args": {"triplets": _SMALL[:LONG], "target": [8, 9, 10]}},
    {"tag": "long, the last three merge", "args": {"triplets": _ALMOST, "target": [6, 4, 5]}},
    {"tag": "long, the last triplet decides", "args": {"triplets": _LATE, "target": [4, 3, 2]}},
    {"tag": "long, the last triplet is missing", "args": {"triplets": _LATE[:-1], "target": [4, 3, 2]}},
]


@st.composite
def _inputs(draw):
    target = draw(st.lists(st.one_of(st.integers(1, 6), st.integers(1, TOP)), min_size=3, max_size=3))
    if draw(st.booleans()):
        value = st.integers(1, TOP)
        near = st.builds(
            lambda t, d: [max(1, min(TOP, a + b)) for a, b in zip(t, d, strict=True)],
            st.just(target),
            st.lists(st.integers(-3, 1), min_size=3, max_size=3),
        )
        triplets = draw(
            st.lists(st.one_of(near, st.lists(value, min_size=3, max_size=3)), min_size=1, max_size=12)
        )
    else:  # long lists: Hypothesis alone rarely draws them
        # mostly shorter lists: a batch of generated inputs travels to the sandbox in one frame
        size = draw(st.integers(1, draw(st.sampled_from([100, 2000, 20_000, MAX_LEN]))))
        spread = draw(st.sampled_from([1, 3, 30, TOP]))
        triplets = _long(draw(st.integers(0, 2**32)), size, target, spread)
    return {"triplets": triplets, "target": target}


def inputs():
    return _inputs()


def _triplet(item):
    return type(item) is list and len(item) == 3 and all(type(v) is int and 1 <= v <= TOP for v in item)


def valid(args):
    triplets, target = args["triplets"], args["target"]
    if type(triplets) is not list or not 1 <= len(triplets) <= MAX_LEN:
        return "wrong number of triplets"
    if not all(_triplet(t) for t in triplets):
        return "a triplet is not three values in [1, 1000]"
    if not _triplet(target):
        return "the target is not three values in [1, 1000]"
    return None


def large(n, rng):
    # Every triplet is usable and all differ: keeping every merge that can be formed
    # grows a set that each new triplet walks, far more than linear time. The last
    # three triplets bring the target's values, so nothing may stop early.
    target = [TOP, TOP, TOP]
    triplets = [[rng.randint(1, TOP - 1) for _ in range(3)] for _ in range(max(n - 3, 0))]
    triplets += [[TOP, 1, 1], [1, TOP, 1], [1, 1, TOP]][: min(n, 3)]
    return {"triplets": triplets, "target": target}
