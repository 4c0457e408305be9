import random

from hypothesis import strategies as st

TOP = 10_000  # coordinates lie in [0, TOP]
MAX_LEN = 10_000

EXAMPLES = [
    {"args": {"intervals": [[1, 3], [2, 6], [8, 10], [15, 18]]}, "expected": [[1, 6], [8, 10], [15, 18]]},
    {"args": {"intervals": [[1, 4], [4, 5]]}, "expected": [[1, 5]]},
    {"args": {"intervals": [[4, 7], [1, 4]]}, "expected": [[1, 7]]},
]

_r = random.Random(56)
_POINTS = [[i, i] for i in range(MAX_LEN)]
_r.shuffle(_POINTS)
_CHAIN = [[i, i + 1] for i in range(MAX_LEN)]
_r.shuffle(_CHAIN)
_NESTED = [[i, TOP - i] for i in range(TOP // 2)] * 2
_r.shuffle(_NESTED)
_RANDOM = []
for _ in range(MAX_LEN):
    _s = _r.randint(0, TOP)
    _RANDOM.append([_s, min(TOP, _s + _r.randint(0, 2))])
_GAPS = [[3 * i, 3 * i + 1] for i in range(3334)]  # disjoint with gaps of one
_GAPS += [[3 * i + 1, 3 * i + 1] for i in range(3333)] + [[3 * i, 3 * i] for i in range(3333)]
_r.shuffle(_GAPS)

HIDDEN = [
    {"tag": "single interval", "args": {"intervals": [[1, 4]]}},
    {"tag": "single point at zero", "args": {"intervals": [[0, 0]]}},
    {"tag": "touching ends", "args": {"intervals": [[5, 6], [1, 3], [3, 5]]}},
    {"tag": "one inside another", "args": {"intervals": [[1, 10], [2, 3]]}},
    {"tag": "inside, then overlapping", "args": {"intervals": [[1, 10], [2, 3], [9, 12]]}},
    {"tag": "unsorted input", "args": {"intervals": [[8, 10], [15, 18], [1, 3], [2, 6]]}},
    {"tag": "all disjoint", "args": {"intervals": [[1, 2], [3, 4], [5, 6]]}},
    {"tag": "gap of one between integers", "args": {"intervals": [[1, 2], [3, 4]]}},
    {"tag": "decreasing starts", "args": {"intervals": [[9, 9], [7, 8], [5, 6], [2, 6], [0, 1]]}},
    {"tag": "repeated interval", "args": {"intervals": [[2, 5], [2, 5], [2, 5]]}},
    {"tag": "same start, different ends", "args": {"intervals": [[1, 4], [1, 2], [1, 7], [8, 8]]}},
    {"tag": "points bridged by an interval", "args": {"intervals": [[0, 0], [2, 2], [1, 1], [0, 2], [4, 4]]}},
    {"tag": "extreme coordinates", "args": {"intervals": [[TOP, TOP], [0, 0], [0, TOP]]}},
    {"tag": "first and last far apart", "args": {"intervals": [[TOP, TOP], [0, 0]]}},
    {"tag": "last interval merges everything", "args": {"intervals": [[2, 3], [4, 5], [6, 7], [0, 9]]}},
    {"tag": "max length, disjoint points", "args": {"intervals": _POINTS}},
    {"tag": "max length, chain of touching intervals", "args": {"intervals": _CHAIN}},
    {"tag": "max length, nested with repeats", "args": {"intervals": _NESTED}},
    {"tag": "max length, random short intervals", "args": {"intervals": _RANDOM}},
    {"tag": "max length, gaps of one and points", "args": {"intervals": _GAPS}},
]


@st.composite
def _interval(draw, top):
    a = draw(st.integers(0, top))
    b = draw(st.integers(0, top))
    return [min(a, b), max(a, b)]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        top = draw(st.sampled_from([10, 30, TOP]))
        intervals = draw(st.lists(_interval(top), min_size=1, max_size=25))
    else:  # long lists: Hypothesis alone rarely draws them
        size = draw(st.integers(1, MAX_LEN))
        seed = draw(st.integers(0, 2**32))
        rng = random.Random(seed)
        longest = rng.choice([0, 3, 100, TOP])
        intervals = []
        for _ in range(size):
            start = rng.randint(0, TOP)
            intervals.append([start, min(TOP, start + rng.randint(0, longest))])
    return {"intervals": intervals}


def inputs():
    return _inputs()


def valid(args):
    intervals = args["intervals"]
    if type(intervals) is not list or not 1 <= len(intervals) <= MAX_LEN:
        return "wrong number of intervals"
    for item in intervals:
        if type(item) is not list or len(item) != 2 or any(type(v) is not int for v in item):
            return "an interval is not a pair of ints"
        if not 0 <= item[0] <= item[1] <= TOP:
            return "an interval is out of range or has start > end"
    return None


def large(n, rng):
    # Short intervals over a range that grows with n, many merges and many gaps. Sorted
    # by start, so that the reference's time is mostly its one pass over the list.
    starts = sorted(rng.choices(range(4 * n), k=n))
    lengths = rng.choices(range(5), k=n)
    return {"intervals": [[s, s + d] for s, d in zip(starts, lengths)]}
