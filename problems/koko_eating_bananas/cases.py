import random

from hypothesis import strategies as st

MAX_PILE = 10**9
MAX_LEN = 10**4
MAX_H = 10**9

EXAMPLES = [
    {"args": {"piles": [4, 9, 2, 7], "h": 6}, "expected": 5},
    {"args": {"piles": [25, 8, 14], "h": 3}, "expected": 25},
    {"args": {"piles": [25, 8, 14], "h": 4}, "expected": 14},
    {"args": {"piles": [MAX_PILE], "h": 2}, "expected": 500000000},
]

_rng = random.Random(875)
_RANDOM_MAX = [_rng.randint(1, MAX_PILE) for _ in range(MAX_LEN)]
_ONES_AND_GIANT = [1] * (MAX_LEN - 1) + [MAX_PILE]

HIDDEN = [
    {"tag": "single pile of one", "args": {"piles": [1], "h": 1}},
    {"tag": "single pile, one hour", "args": {"piles": [MAX_PILE], "h": 1}},
    {"tag": "single pile, hours equal bananas", "args": {"piles": [MAX_PILE], "h": MAX_H}},
    {"tag": "single pile, hours one short of bananas", "args": {"piles": [MAX_PILE], "h": MAX_H - 1}},
    {"tag": "rounding up matters", "args": {"piles": [5], "h": 2}},
    {"tag": "hours used exactly", "args": {"piles": [6], "h": 3}},
    {"tag": "one hour per pile", "args": {"piles": [3, 6, 7, 11], "h": 4}},
    {"tag": "average speed is not enough", "args": {"piles": [1, 1, 1, 9], "h": 4}},
    {"tag": "plenty of hours", "args": {"piles": [7, 3, 9], "h": MAX_H}},
    {"tag": "equal piles", "args": {"piles": [8, 8, 8, 8], "h": 9}},
    {"tag": "answer below the smallest pile", "args": {"piles": [10, 11, 12], "h": 9}},
    {"tag": "answer between pile sizes", "args": {"piles": [2, 10, 30, 31], "h": 11}},
    {"tag": "max piles, all maximum, one hour each", "args": {"piles": [MAX_PILE] * MAX_LEN, "h": MAX_LEN}},
    {"tag": "max piles, all maximum, most hours", "args": {"piles": [MAX_PILE] * MAX_LEN, "h": MAX_H}},
    {"tag": "max piles, ones and a giant, no spare hour", "args": {"piles": _ONES_AND_GIANT, "h": MAX_LEN}},
    {"tag": "max piles, ones and a giant, one spare hour",
     "args": {"piles": _ONES_AND_GIANT, "h": MAX_LEN + 1}},
    {"tag": "max piles, random, tight hours", "args": {"piles": _RANDOM_MAX, "h": MAX_LEN + 1234}},
    {"tag": "max piles, random, loose hours", "args": {"piles": _RANDOM_MAX, "h": 123_456_789}},
    {"tag": "max piles, all ones", "args": {"piles": [1] * MAX_LEN, "h": MAX_LEN}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        values = st.one_of(st.integers(1, 20), st.integers(1, MAX_PILE))
        piles = draw(st.lists(values, min_size=1, max_size=20))
    else:  # long lists: Hypothesis alone rarely draws them
        size = draw(st.integers(1, MAX_LEN))
        rng = random.Random(draw(st.integers(0, 2**32)))
        top = rng.choice([10, 10**4, MAX_PILE])
        piles = [rng.randint(1, top) for _ in range(size)]
    n = len(piles)
    h = draw(st.one_of(st.integers(n, n + 2 * n), st.integers(n, MAX_H), st.just(n), st.just(MAX_H)))
    return {"piles": piles, "h": h}


def inputs():
    return _inputs()


def valid(args):
    piles, h = args["piles"], args["h"]
    if type(piles) is not list or not 1 <= len(piles) <= MAX_LEN:
        return "number of piles out of range"
    if any(type(p) is not int or not 1 <= p <= MAX_PILE for p in piles):
        return "pile size out of range"
    if type(h) is not int or not len(piles) <= h <= MAX_H:
        return "h out of range"
    return None


def large(n, rng):
    return {"piles": [rng.randint(1, MAX_PILE) for _ in range(n)], "h": rng.randint(n, 3 * n)}
