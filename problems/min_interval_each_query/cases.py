import random

from hypothesis import strategies as st

MAX_LEN = 100_000
TOP = 10**7

EXAMPLES = [
    {
        "args": {"intervals": [[2, 5], [3, 3], [4, 8], [1, 9]], "queries": [3, 6, 1, 10]},
        "expected": [1, 5, 9, -1],
    },
    {"args": {"intervals": [[1, 4], [2, 3]], "queries": [4, 2, 2]}, "expected": [4, 2, 2]},
    {"args": {"intervals": [[5, 5]], "queries": [4]}, "expected": [-1]},
]


def _intervals(rng, count, top, longest):
    out = []
    for _ in range(count):
        left = rng.randint(1, top)
        out.append([left, min(top, left + rng.randint(0, longest))])
    return out


_r = random.Random(1851)
# Small numbers keep the largest cases near a megabyte of JSON.
_MANY_INTERVALS = _intervals(_r, MAX_LEN, 999, 50)
_SOME_QUERIES = [_r.randint(1, 1000) for _ in range(20_000)]
_SOME_INTERVALS = _intervals(_r, 20_000, 9999, 300)
_MANY_QUERIES = [_r.randint(1, 9999) for _ in range(MAX_LEN)]
_NESTED = [[k, 2001 - k] for k in range(1, 1001)]
_r.shuffle(_NESTED)
_STALE = [[k, k] for k in range(1, 5001)] + [[1, 10_000]]  # many small intervals that end early
_r.shuffle(_STALE)

HIDDEN = [
    {"tag": "one interval, one query inside", "args": {"intervals": [[1, 1]], "queries": [1]}},
    {"tag": "query before every interval", "args": {"intervals": [[3, 4], [5, 9]], "queries": [2]}},
    {"tag": "query after every interval", "args": {"intervals": [[3, 4], [5, 9]], "queries": [10]}},
    {"tag": "query in a gap", "args": {"intervals": [[1, 2], [4, 5]], "queries": [3, 1, 5]}},
    {"tag": "query on the right end", "args": {"intervals": [[1, 3], [3, 3], [2, 6]], "queries": [3, 6]}},
    {"tag": "query on the left end", "args": {"intervals": [[4, 7], [1, 10]], "queries": [4]}},
    {"tag": "queries falling", "args": {"intervals": [[1, 3], [5, 8], [7, 20]], "queries": [9, 7, 2, 1]}},
    {
        "tag": "smaller intervals ended before the query",
        "args": {"intervals": [[1, 1], [2, 2], [3, 3], [1, 10]], "queries": [1, 5]},
    },
    {
        "tag": "nested intervals",
        "args": {"intervals": [[1, 10], [2, 9], [3, 8], [4, 7]], "queries": [5, 2, 10, 11]},
    },
    {"tag": "same query many times", "args": {"intervals": [[2, 3], [1, 8]], "queries": [3, 3, 3, 9, 9]}},
    {"tag": "equal sizes", "args": {"intervals": [[1, 3], [2, 4], [3, 5]], "queries": [3, 1, 5]}},
    {"tag": "largest values", "args": {"intervals": [[1, TOP], [TOP, TOP]], "queries": [TOP, 1, TOP - 1]}},
    {
        "tag": "long, nested around the middle",
        "args": {"intervals": _NESTED, "queries": list(range(2010, 0, -7))},
    },
    {
        "tag": "long, stale small intervals",
        "args": {"intervals": _STALE, "queries": [10_000 - k for k in range(0, 10_000, 3)]},
    },
    {"tag": "max intervals", "args": {"intervals": _MANY_INTERVALS, "queries": _SOME_QUERIES}},
    {"tag": "max queries", "args": {"intervals": _SOME_INTERVALS, "queries": _MANY_QUERIES}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        top = draw(st.sampled_from([10, 30, TOP]))
        point = st.integers(1, top)
        pair = st.tuples(point, point).map(lambda p: [min(p), max(p)])
        intervals = draw(st.lists(pair, min_size=1, max_size=12))
        queries = draw(st.lists(point, min_size=1, max_size=12))
    else:  # long lists: Hypothesis alone rarely draws them
        rng = random.Random(draw(st.integers(0, 2**32)))
        top = draw(st.sampled_from([100, 10_000, TOP]))
        longest = draw(st.sampled_from([0, 10, 1000, TOP]))
        # mostly shorter lists: a batch of generated inputs travels to the sandbox in one frame
        cap = draw(st.sampled_from([100, 2000, 20_000, MAX_LEN]))
        intervals = _intervals(rng, draw(st.integers(1, cap)), top, longest)
        queries = [rng.randint(1, top) for _ in range(draw(st.integers(1, cap)))]
    return {"intervals": intervals, "queries": queries}


def inputs():
    return _inputs()


def valid(args):
    intervals, queries = args["intervals"], args["queries"]
    if type(intervals) is not list or not 1 <= len(intervals) <= MAX_LEN:
        return "wrong number of intervals"
    for item in intervals:
        if type(item) is not list or len(item) != 2 or any(type(v) is not int for v in item):
            return "an interval is not a pair of ints"
        if not 1 <= item[0] <= item[1] <= TOP:
            return "an interval is out of range or has left > right"
    if type(queries) is not list or not 1 <= len(queries) <= MAX_LEN:
        return "wrong number of queries"
    if any(type(q) is not int or not 1 <= q <= TOP for q in queries):
        return "a query is out of range"
    return None


def large(n, rng):
    # Half intervals, half queries, spread over the whole range: checking every interval
    # for every query is n^2 / 4 steps, the heap (n log n).
    half = max(n // 2, 1)
    return {
        "intervals": _intervals(rng, half, TOP, TOP // 100),
        "queries": [rng.randint(1, TOP) for _ in range(half)],
    }
