import random

from hypothesis import strategies as st

TOP = 10**6  # times lie in [0, TOP]
MAX_LEN = 10_000

EXAMPLES = [
    {"args": {"intervals": [[0, 30], [5, 10], [15, 20]]}, "expected": False},
    {"args": {"intervals": [[7, 10], [2, 4]]}, "expected": True},
    {"args": {"intervals": [[1, 5], [5, 8]]}, "expected": True},
]


def _disjoint(rng, count, top):
    """count meetings that never clash (some touching), shuffled, within [0, top]."""
    cuts = sorted(rng.sample(range(top + 1), 2 * count))
    meetings = []
    for k in range(count):
        start, end = cuts[2 * k], cuts[2 * k + 1]
        if k and rng.random() < 0.3:
            start = meetings[-1][1]  # touching the one before
        meetings.append([start, end])
    rng.shuffle(meetings)
    return meetings


_rng = random.Random(252)
_FREE = _disjoint(_rng, MAX_LEN, TOP)
_CHAIN = [[100 * i, 100 * (i + 1)] for i in range(MAX_LEN)]
_rng.shuffle(_CHAIN)
_ONE_CLASH = _disjoint(_rng, MAX_LEN, TOP)
_victim = max(range(MAX_LEN), key=lambda k: _ONE_CLASH[k][1] - _ONE_CLASH[k][0])
_ONE_CLASH.append([_ONE_CLASH[_victim][1] - 1, _ONE_CLASH[_victim][1]])
_ONE_CLASH.pop(0 if _victim else 1)

HIDDEN = [
    {"tag": "no meetings", "args": {"intervals": []}},
    {"tag": "one meeting", "args": {"intervals": [[3, 9]]}},
    {"tag": "one meeting over the whole day", "args": {"intervals": [[0, TOP]]}},
    {"tag": "touching ends, unsorted", "args": {"intervals": [[5, 10], [0, 5]]}},
    {"tag": "overlap by one", "args": {"intervals": [[0, 6], [5, 10]]}},
    {"tag": "same meeting twice", "args": {"intervals": [[2, 4], [2, 4]]}},
    {"tag": "same start", "args": {"intervals": [[1, 9], [1, 2]]}},
    {"tag": "same end", "args": {"intervals": [[1, 9], [8, 9]]}},
    {"tag": "one inside another", "args": {"intervals": [[1, 10], [3, 4]]}},
    {"tag": "clash far apart in the input", "args": {"intervals": [[1, 3], [20, 30], [40, 50], [2, 4]]}},
    {"tag": "clash in the last pair by start", "args": {"intervals": [[0, 1], [2, 3], [4, 6], [5, 7]]}},
    {"tag": "clash in the first pair by start", "args": {"intervals": [[4, 5], [0, 2], [1, 3], [6, 7]]}},
    {"tag": "long one covers later short ones", "args": {"intervals": [[0, 100], [101, 102], [50, 51]]}},
    {"tag": "chain of touching meetings", "args": {"intervals": [[3, 4], [1, 2], [2, 3], [0, 1]]}},
    {"tag": "gaps between meetings", "args": {"intervals": [[10, 20], [0, 5], [30, 40]]}},
    {"tag": "max length, no clash", "args": {"intervals": _FREE}},
    {"tag": "max length, chain of touching meetings", "args": {"intervals": _CHAIN}},
    {"tag": "max length, one clash", "args": {"intervals": _ONE_CLASH}},
    {"tag": "max length, one long meeting covers all", "args": {"intervals": [*_CHAIN[1:], [0, TOP]]}},
]


@st.composite
def _meeting(draw, top):
    a = draw(st.integers(0, top))
    b = draw(st.integers(0, top))
    if a == b:
        b = a + 1
    return [min(a, b), max(a, b)]


@st.composite
def _inputs(draw):
    kind = draw(st.integers(0, 2))
    if kind == 0:  # small, drawn meeting by meeting
        top = draw(st.sampled_from([5, 20, TOP]))
        intervals = draw(st.lists(_meeting(top), max_size=8))
    else:  # long lists, built from a seed; most without a clash, some with one
        rng = random.Random(draw(st.integers(0, 2**32)))
        size = rng.randint(0, MAX_LEN)
        intervals = _disjoint(rng, size, TOP)
        if kind == 2 and size >= 2:
            a = rng.randrange(size)
            start, end = intervals[a]
            inside = rng.randint(start, end - 1)
            intervals[rng.randrange(size)] = [inside, min(TOP, inside + rng.randint(1, 3))]
    return {"intervals": intervals}


def inputs():
    return _inputs()


def valid(args):
    intervals = args.get("intervals")
    if type(intervals) is not list or len(intervals) > MAX_LEN:
        return "wrong number of meetings"
    for item in intervals:
        if type(item) is not list or len(item) != 2 or any(type(v) is not int for v in item):
            return "a meeting is not a pair of ints"
        if not 0 <= item[0] < item[1] <= TOP:
            return "a meeting is out of range or does not end after it starts"
    return None


def large(n, rng):
    # meetings that never clash, shuffled: every approach reads them all, and a check of
    # every pair finds no clash to stop early at
    n = max(1, n)
    cuts = sorted(rng.sample(range(4 * n), 2 * n))
    meetings = [[cuts[2 * k], cuts[2 * k + 1]] for k in range(n)]
    rng.shuffle(meetings)
    return {"intervals": meetings}
