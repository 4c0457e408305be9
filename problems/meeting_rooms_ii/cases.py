import random

from hypothesis import strategies as st

TOP = 10**6  # times lie in [0, TOP]
MAX_LEN = 10_000

EXAMPLES = [
    {"args": {"intervals": [[0, 30], [5, 10], [15, 20]]}, "expected": 2},
    {"args": {"intervals": [[7, 10], [2, 4]]}, "expected": 1},
    {"args": {"intervals": [[1, 5], [5, 8], [2, 6]]}, "expected": 2},
]


def _random(rng, count, longest):
    meetings = []
    for _ in range(count):
        start = rng.randint(0, TOP - 1)
        meetings.append([start, min(TOP, start + rng.randint(1, longest))])
    return meetings


_rng = random.Random(253)
_CHAIN = [[100 * i, 100 * (i + 1)] for i in range(MAX_LEN)]
_rng.shuffle(_CHAIN)
_SHORT = _random(_rng, MAX_LEN, 300)
_LONG = _random(_rng, MAX_LEN, TOP // 3)
_STAIRS = [[i, i + MAX_LEN // 2] for i in range(MAX_LEN)]
_rng.shuffle(_STAIRS)
_NESTED = [[i, TOP - i] for i in range(MAX_LEN)]
_rng.shuffle(_NESTED)

HIDDEN = [
    {"tag": "one meeting", "args": {"intervals": [[0, TOP]]}},
    {"tag": "two touching meetings share a room", "args": {"intervals": [[5, 9], [1, 5]]}},
    {"tag": "overlap by one", "args": {"intervals": [[1, 5], [4, 9]]}},
    {"tag": "same meeting three times", "args": {"intervals": [[2, 3], [2, 3], [2, 3]]}},
    {"tag": "one ends as two begin", "args": {"intervals": [[1, 5], [5, 10], [5, 10]]}},
    {"tag": "several end as several begin", "args": {"intervals": [[1, 5], [2, 5], [5, 6], [5, 7]]}},
    {
        "tag": "a long meeting over short ones that do not meet",
        "args": {"intervals": [[0, 10], [1, 2], [3, 4], [5, 6]]},
    },
    {"tag": "nested meetings", "args": {"intervals": [[1, 10], [2, 9], [3, 8], [4, 7]]}},
    {
        "tag": "neighbours overlap, but never three at once",
        "args": {"intervals": [[0, 3], [2, 5], [4, 7], [6, 9]]},
    },
    {
        "tag": "unsorted, peak in the middle",
        "args": {"intervals": [[9, 12], [1, 4], [3, 10], [2, 6], [11, 13]]},
    },
    {"tag": "the peak is late", "args": {"intervals": [[0, 1], [10, 20], [12, 20], [15, 20]]}},
    {"tag": "chain of touching meetings", "args": {"intervals": [[3, 4], [0, 1], [2, 3], [1, 2]]}},
    {"tag": "gaps between meetings", "args": {"intervals": [[10, 20], [0, 5], [30, 40]]}},
    {"tag": "max length, all the same meeting", "args": {"intervals": [[0, TOP]] * MAX_LEN}},
    {"tag": "max length, chain of touching meetings", "args": {"intervals": _CHAIN}},
    {"tag": "max length, nested", "args": {"intervals": _NESTED}},
    {"tag": "max length, staircase", "args": {"intervals": _STAIRS}},
    {"tag": "max length, short random meetings", "args": {"intervals": _SHORT}},
    {"tag": "max length, long random meetings", "args": {"intervals": _LONG}},
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
    if draw(st.booleans()):  # small, drawn meeting by meeting
        top = draw(st.sampled_from([5, 20, TOP]))
        intervals = draw(st.lists(_meeting(top), min_size=1, max_size=10))
    else:  # long lists, built from a seed
        rng = random.Random(draw(st.integers(0, 2**32)))
        size = rng.randint(1, MAX_LEN)
        intervals = _random(rng, size, rng.choice([1, 100, 10_000, TOP]))
    return {"intervals": intervals}


def inputs():
    return _inputs()


def valid(args):
    intervals = args.get("intervals")
    if type(intervals) is not list or not 1 <= len(intervals) <= MAX_LEN:
        return "wrong number of meetings"
    for item in intervals:
        if type(item) is not list or len(item) != 2 or any(type(v) is not int for v in item):
            return "a meeting is not a pair of ints"
        if not 0 <= item[0] < item[1] <= TOP:
            return "a meeting is out of range or does not end after it starts"
    return None


def large(n, rng):
    # random meetings over a day that grows with n, each up to 50 long, a few at a time;
    # comparing each meeting with every other costs n^2 whatever the answer is
    n = max(1, n)
    meetings = []
    for _ in range(n):
        start = rng.randrange(4 * n)
        meetings.append([start, start + rng.randint(1, 50)])
    return {"intervals": meetings}
