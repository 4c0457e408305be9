import random

from hypothesis import strategies as st

LOW, HIGH = 0, 10**4
MAX_LEN = 10**5
# The longest lists the correctness cases use. Longer ones would only test speed, and
# the growth check does that: an O(n^2) solution must still get right answers here
# (and so be judged "too slow", not "time limit exceeded").
LONG = 1000

EXAMPLES = [
    {"args": {"prices": [7, 1, 5, 3, 6, 4]}, "expected": 5},
    {"args": {"prices": [7, 6, 4, 3, 1]}, "expected": 0},
    {"args": {"prices": [2, 4, 1]}, "expected": 2},
]

_rng = random.Random(121)
_RANDOM = [_rng.randint(LOW, HIGH) for _ in range(LONG)]
_DOWN = [HIGH - 10 * i for i in range(LONG)]
_V = [abs(i - LONG // 3) * 10 for i in range(LONG)]
_ZIGZAG = [5000 + (i % 2) * 7 - i // 2 for i in range(LONG)]
# the lowest price comes last, after the best trade
_LOW_LAST = [_rng.randint(5000, 6000) for _ in range(LONG - 1)] + [0]


def _case(tag, prices):
    return {"tag": tag, "args": {"prices": prices}}


HIDDEN = [
    _case("single day", [5]),
    _case("two days, rising", [1, 2]),
    _case("two days, falling", [2, 1]),
    _case("all equal", [3, 3, 3, 3]),
    _case("all zeros", [0, 0, 0]),
    _case("increasing", [1, 2, 3, 4, 5, 6]),
    _case("lowest price after the highest", [9, 11, 2, 4]),
    _case("best buy is not the lowest price", [2, 9, 1, 3]),
    _case("best sale is not the highest price", [3, 10, 1, 9]),
    _case("a lower price found late", [3, 5, 1, 0, 6]),
    _case("one trade, not the sum of the rises", [1, 5, 3, 6]),
    _case("best trade is not over adjacent days", [4, 5, 6, 7]),
    _case("lowest price on the last day", [5, 7, 1]),
    _case("highest price on the first day", [10000, 1, 2, 3]),
    _case("extremes, rising", [0, 10000]),
    _case("extremes, falling", [10000, 0]),
    _case("long, random", _RANDOM),
    _case("long, falling", _DOWN),
    _case("long, V shape", _V),
    _case("long, zigzag down", _ZIGZAG),
    _case("long, lowest price last", _LOW_LAST),
]


@st.composite
def _inputs(draw):
    kind = draw(st.integers(0, 2))
    if kind == 0:  # few price levels: ties and small moves
        return {"prices": draw(st.lists(st.integers(0, 6), min_size=1, max_size=12))}
    if kind == 1:
        return {"prices": draw(st.lists(st.integers(LOW, HIGH), min_size=1, max_size=20))}
    # long lists: Hypothesis alone rarely draws them
    size = draw(st.integers(1, LONG))
    rng = random.Random(draw(st.integers(0, 2**32)))
    top = draw(st.sampled_from([1, 10, HIGH, None]))
    if top is not None:
        return {"prices": [rng.randint(LOW, top) for _ in range(size)]}
    # a random walk: trends up and down, as prices do
    price, prices = rng.randint(LOW, HIGH), []
    for _ in range(size):
        price = min(HIGH, max(LOW, price + rng.randint(-50, 50)))
        prices.append(price)
    return {"prices": prices}


def inputs():
    return _inputs()


def valid(args):
    prices = args["prices"]
    if type(prices) is not list or not 1 <= len(prices) <= MAX_LEN:
        return "length out of range"
    if any(type(p) is not int or not LOW <= p <= HIGH for p in prices):
        return "price out of range"
    return None


def large(n, rng):
    # Random prices: no trade is known to be best until the last day is read.
    return {"prices": [rng.randint(LOW, HIGH) for _ in range(n)]}
