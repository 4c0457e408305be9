import random

from hypothesis import strategies as st

TOP = 1000
MAX_LEN = 5000

EXAMPLES = [
    {"args": {"prices": [1, 2, 3, 0, 2]}, "expected": 3},
    {"args": {"prices": [1]}, "expected": 0},
    {"args": {"prices": [5, 4, 3, 2, 1]}, "expected": 0},
]

_rng = random.Random(309)
_RANDOM = [_rng.randint(0, TOP) for _ in range(MAX_LEN)]
_RISING = [i * TOP // (MAX_LEN - 1) for i in range(MAX_LEN)]
_SMALL_STEPS = [500]
for _ in range(MAX_LEN - 1):
    _SMALL_STEPS.append(min(TOP, max(0, _SMALL_STEPS[-1] + _rng.randint(-3, 3))))

HIDDEN = [
    {"tag": "one day at the top price", "args": {"prices": [TOP]}},
    {"tag": "two days, rising", "args": {"prices": [3, 8]}},
    {"tag": "two days, falling", "args": {"prices": [8, 3]}},
    {"tag": "all prices equal", "args": {"prices": [4, 4, 4, 4]}},
    {"tag": "rising: one long trade", "args": {"prices": [1, 2, 3, 4, 5]}},
    {"tag": "prices of zero", "args": {"prices": [0, 0, 5, 0, 0, 5]}},
    {"tag": "one-day dip: hold through it", "args": {"prices": [1, 4, 2, 7]}},
    {"tag": "cooldown forces a choice", "args": {"prices": [1, 3, 1, 3]}},
    {"tag": "skip a small trade for a larger one", "args": {"prices": [2, 3, 1, 9]}},
    {"tag": "two trades with a rest between", "args": {"prices": [1, 5, 3, 2, 8]}},
    {"tag": "sell, cool down, buy lower", "args": {"prices": [6, 1, 6, 4, 3, 0, 2]}},
    {"tag": "best trade is not the first", "args": {"prices": [3, 4, 0, 1, 0, 1000]}},
    {"tag": "only the last day rises", "args": {"prices": [9, 8, 7, 6, 10]}},
    {"tag": "zigzag of period two", "args": {"prices": [1, 4, 1, 4, 1, 4, 1, 4]}},
    {"tag": "zigzag of period three", "args": {"prices": [1, 5, 2, 1, 5, 2, 1, 5]}},
    {"tag": "max length, rising", "args": {"prices": _RISING}},
    {"tag": "max length, falling", "args": {"prices": _RISING[::-1]}},
    {"tag": "max length, alternating 0 and 1000", "args": {"prices": [0, TOP] * (MAX_LEN // 2)}},
    {"tag": "max length, random", "args": {"prices": _RANDOM}},
    {"tag": "max length, small random steps", "args": {"prices": _SMALL_STEPS}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        top = draw(st.sampled_from([3, 10, TOP]))
        prices = draw(st.lists(st.integers(0, top), min_size=1, max_size=14))
    else:  # long lists: Hypothesis alone rarely draws them
        size = draw(st.integers(1, MAX_LEN))
        seed = draw(st.integers(0, 2**32))
        rng = random.Random(seed)
        top = rng.choice([1, 5, 100, TOP])
        prices = [rng.randint(0, top) for _ in range(size)]
    return {"prices": prices}


def inputs():
    return _inputs()


def valid(args):
    prices = args.get("prices")
    if type(prices) is not list or not 1 <= len(prices) <= MAX_LEN:
        return "length out of range"
    if any(type(p) is not int or not 0 <= p <= TOP for p in prices):
        return "price out of range"
    return None


def large(n, rng):
    # random prices: every approach reads every day; the quadratic table pairs each
    # sale day with every earlier buy day whatever the prices are
    return {"prices": [rng.randint(0, TOP) for _ in range(max(1, n))]}
