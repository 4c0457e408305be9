import random
from itertools import pairwise

from hypothesis import strategies as st

LOW, HIGH = -10_000, 10_000
MAX_K = 10_000
MAX_EACH = 500
MAX_TOTAL = 10_000
TEST_WORK = 2_000_000  # hidden cases and generated inputs keep k * total below this

EXAMPLES = [
    {"args": {"lists": [[2, 6, 9], [1, 4], [3, 4, 10]]}, "expected": [1, 2, 3, 4, 4, 6, 9, 10]},
    {"args": {"lists": []}, "expected": []},
    {"args": {"lists": [[]]}, "expected": []},
    {"args": {"lists": [[], [-3, 0], []]}, "expected": [-3, 0]},
]


def _random_lists(rng, k, total, spread=HIGH):
    sizes = [0] * k
    for _ in range(total):
        i = rng.randrange(k)
        if sizes[i] < MAX_EACH:
            sizes[i] += 1
    return [sorted(rng.randint(-spread, spread) for _ in range(s)) for s in sizes]


_rng = random.Random(23)
_TWENTY_FULL = _random_lists(_rng, 20, MAX_TOTAL)  # 20 lists of 500 nodes
_THOUSAND_SINGLES = [[_rng.randint(LOW, HIGH)] for _ in range(1000)]
_MANY_MOSTLY_EMPTY = [[] for _ in range(MAX_K)]
for _i in range(0, MAX_K, 1000):
    _MANY_MOSTLY_EMPTY[_i] = sorted(_rng.randint(LOW, HIGH) for _ in range(20))
_SMALL_VALUES = _random_lists(_rng, 200, 4000, spread=3)

HIDDEN = [
    {"tag": "one empty list among none", "args": {"lists": [[], []]}},
    {"tag": "a single list", "args": {"lists": [[1, 2, 3]]}},
    {"tag": "a single node", "args": {"lists": [[HIGH]]}},
    {"tag": "two lists, interleaved", "args": {"lists": [[1, 3, 5, 7], [2, 4, 6, 8]]}},
    {"tag": "two lists, one before the other", "args": {"lists": [[5, 6, 7], [1, 2]]}},
    {"tag": "three lists, the last holds the smallest", "args": {"lists": [[4, 5], [6, 7], [1, 2, 3]]}},
    {"tag": "five lists, the last matters", "args": {"lists": [[1, 9], [2, 8], [3, 7], [4, 6], [0, 5, 10]]}},
    {"tag": "equal values across lists", "args": {"lists": [[1, 1, 2], [1, 2, 2], [1, 2]]}},
    {"tag": "identical lists", "args": {"lists": [[-1, 0, 3]] * 4}},
    {"tag": "negative and extreme values", "args": {"lists": [[LOW, -5], [LOW, HIGH], [-7, 0, HIGH]]}},
    {"tag": "different lengths", "args": {"lists": [[3], list(range(-20, 20, 3)), [], [0, 0], [100]]}},
    {"tag": "one list with all the nodes, many empties",
     "args": {"lists": [[]] * 50 + [list(range(MAX_EACH))] + [[]] * 50}},
    {"tag": "max lists, all empty", "args": {"lists": [[] for _ in range(MAX_K)]}},
    {"tag": "max lists, a few non-empty", "args": {"lists": _MANY_MOSTLY_EMPTY}},
    {"tag": "max total nodes, twenty full lists", "args": {"lists": _TWENTY_FULL}},
    {"tag": "a thousand single-node lists", "args": {"lists": _THOUSAND_SINGLES}},
    {"tag": "many lists with many repeated values", "args": {"lists": _SMALL_VALUES}},
    {"tag": "descending list heads", "args": {"lists": [[i, i + 100] for i in range(50, 0, -1)]}},
]

_values = st.one_of(st.integers(-4, 4), st.integers(LOW, HIGH))


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        lists = draw(st.lists(st.lists(_values, max_size=8).map(sorted), max_size=8))
    else:  # many lists or many nodes: Hypothesis alone rarely draws them
        k = draw(st.integers(1, MAX_K))
        total = draw(st.integers(0, min(MAX_TOTAL, TEST_WORK // k)))
        rng = random.Random(draw(st.integers(0, 2**32)))
        lists = _random_lists(rng, k, total, spread=rng.choice([3, 100, HIGH]))
    return {"lists": lists}


def inputs():
    return _inputs()


def valid(args):
    lists = args["lists"]
    if type(lists) is not list or len(lists) > MAX_K:
        return "more than 10^4 lists"
    total = 0
    for values in lists:
        if type(values) is not list or len(values) > MAX_EACH:
            return "a list has more than 500 nodes"
        if any(type(v) is not int or not LOW <= v <= HIGH for v in values):
            return "value out of range"
        if any(a > b for a, b in pairwise(values)):
            return "a list is not sorted"
        total += len(values)
    if total > MAX_TOTAL:
        return "more than 10^4 nodes in total"
    return None


def large(n, rng):
    k = max(1, n // 4)
    sizes = [0] * k
    for _ in range(n):
        sizes[rng.randrange(k)] += 1
    return {"lists": [sorted(rng.randint(-(10**6), 10**6) for _ in range(s)) for s in sizes]}
