import random

from hypothesis import strategies as st

MAX_N, MAX_PRICE = 100, 10**4

EXAMPLES = [
    {
        "args": {
            "n": 4,
            "flights": [[0, 1, 100], [1, 2, 100], [2, 0, 100], [1, 3, 600], [2, 3, 200]],
            "src": 0,
            "dst": 3,
            "k": 1,
        },
        "expected": 700,
    },
    {
        "args": {"n": 3, "flights": [[0, 1, 100], [1, 2, 100], [0, 2, 500]], "src": 0, "dst": 2, "k": 1},
        "expected": 200,
    },
    {
        "args": {"n": 3, "flights": [[0, 1, 100], [1, 2, 100], [0, 2, 500]], "src": 0, "dst": 2, "k": 0},
        "expected": 500,
    },
]


def _ladder(n, k, rng, noise=0):
    """Every flight forward along a random order of the cities, src first and dst last
    (n (n - 1) / 2 flights, the most allowed), priced by the square of the jump: the
    cheapest route spreads the distance over as many flights as k allows."""
    order = list(range(n))
    rng.shuffle(order)
    flights = [
        [order[i], order[j], min(MAX_PRICE, (j - i) ** 2 + rng.randint(0, noise))]
        for i in range(n)
        for j in range(i + 1, n)
    ]
    rng.shuffle(flights)
    return {"n": n, "flights": flights, "src": order[0], "dst": order[-1], "k": k}


def _random(n, m, rng, k=None, high=MAX_PRICE):
    m = min(m, n * (n - 1) // 2)
    pairs = set()
    while len(pairs) < m:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b:
            pairs.add((a, b))
    flights = [[a, b, rng.randint(1, high)] for a, b in pairs]
    src, dst = rng.sample(range(n), 2)
    return {"n": n, "flights": flights, "src": src, "dst": dst, "k": rng.randrange(n) if k is None else k}


def _case(tag, n, flights, src, dst, k):
    return {"tag": tag, "args": {"n": n, "flights": flights, "src": src, "dst": dst, "k": k}}


def _big(tag, args):
    return {"tag": tag, "args": args}


# cheap flights in a chain listed in route order, so a round that relaxes from prices set
# in the same round walks the whole chain at once
_CHAIN = [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 3, 100]]

HIDDEN = [
    _case("no flights at all", 2, [], 0, 1, 0),
    _case("only a flight the wrong way", 2, [[1, 0, 5]], 0, 1, 1),
    _case("one direct flight, no stop", 2, [[0, 1, 7]], 0, 1, 0),
    _case("cheap chain needs two stops, one allowed", 4, _CHAIN, 0, 3, 1),
    _case("cheap chain, two stops allowed", 4, _CHAIN, 0, 3, 2),
    _case("chain listed backwards", 4, [*_CHAIN[2::-1], [0, 3, 100]], 0, 3, 1),
    _case("reachable only with more stops than allowed", 4, [[0, 1, 1], [1, 2, 1], [2, 3, 1]], 0, 3, 1),
    _case(
        "the cheapest way into a city has too many stops",
        4,
        [[0, 1, 1], [0, 2, 5], [1, 2, 1], [2, 3, 1]],
        0,
        3,
        1,
    ),
    _case("k stops allowed, fewer used", 3, [[0, 1, 2], [1, 2, 2], [0, 2, 3]], 0, 2, 2),
    _case("a cycle is never cheaper", 3, [[0, 1, 1], [1, 0, 1], [1, 2, 5]], 0, 2, 2),
    _case("the destination is city 0", 3, [[2, 1, 4], [1, 0, 4], [2, 0, 9]], 2, 0, 1),
    _case("the highest prices", 3, [[0, 1, MAX_PRICE], [1, 2, MAX_PRICE]], 0, 2, 1),
    _case("source has no flights out", 3, [[1, 0, 1], [1, 2, 1], [2, 0, 1]], 0, 2, 2),
    _big("max n, a ladder, k = 0", _ladder(MAX_N, 0, random.Random(1))),
    _big("max n, a ladder, k = 9", _ladder(MAX_N, 9, random.Random(2), 50)),
    _big("max n, a ladder, k = n - 1", _ladder(MAX_N, MAX_N - 1, random.Random(3))),
    _big("max n, a ladder, k = n / 2", _ladder(MAX_N, MAX_N // 2, random.Random(4), 200)),
    _big("max n, random flights", _random(MAX_N, 4950, random.Random(5), k=MAX_N - 1)),
    _big("max n, sparse, few stops", _random(MAX_N, 300, random.Random(6), k=3, high=20)),
]


@st.composite
def _small(draw):
    n = draw(st.integers(2, 6))
    pairs = [(a, b) for a in range(n) for b in range(n) if a != b]
    chosen = draw(st.lists(st.sampled_from(pairs), max_size=n * (n - 1) // 2, unique=True))
    price = st.one_of(st.integers(1, 5), st.integers(1, MAX_PRICE))
    flights = [[a, b, draw(price)] for a, b in chosen]
    src = draw(st.integers(0, n - 1))
    dst = draw(st.integers(0, n - 1).filter(lambda d: d != src))
    return {"n": n, "flights": flights, "src": src, "dst": dst, "k": draw(st.integers(0, n - 1))}


@st.composite
def _large(draw):
    n = draw(st.integers(2, MAX_N))
    rng = random.Random(draw(st.integers(0, 2**32)))
    k = draw(st.integers(0, n - 1))
    if draw(st.booleans()):
        return _ladder(n, k, rng, draw(st.sampled_from([0, 30, MAX_PRICE])))
    m = draw(st.integers(0, n * (n - 1) // 2))
    return _random(n, m, rng, k, draw(st.sampled_from([5, MAX_PRICE])))


def inputs():
    return st.one_of(_small(), _large())


def valid(args):
    n, flights, src, dst, k = (args[key] for key in ("n", "flights", "src", "dst", "k"))
    if any(type(v) is not int for v in (n, src, dst, k)):
        return "n, src, dst and k must be integers"
    if not 1 <= n <= MAX_N:
        return "n out of range"
    if not (0 <= src < n and 0 <= dst < n and 0 <= k < n) or src == dst:
        return "src, dst or k out of range"
    if len(flights) > n * (n - 1) // 2:
        return "too many flights"
    seen = set()
    for f in flights:
        if type(f) is not list or len(f) != 3 or any(type(v) is not int for v in f):
            return "a flight must be three integers"
        a, b, price = f
        if not (0 <= a < n and 0 <= b < n) or a == b:
            return "a flight must join two different cities"
        if not 1 <= price <= MAX_PRICE:
            return "price out of range"
        if (a, b) in seen:
            return "repeated flight"
        seen.add((a, b))
    return None


def large(n, rng):
    # every forward flight of a random order of the cities (n (n - 1) / 2, the most
    # allowed), at random prices, and k = n / 2: k + 1 rounds over n^2 / 2 flights. The
    # squared prices of the hidden ladders are left out here: they make a search by stops
    # settle each city many times, a constant factor that grows over the probe's sizes
    n = max(2, n)
    order = list(range(n))
    rng.shuffle(order)
    flights = [[order[i], order[j], rng.randint(1, MAX_PRICE)] for i in range(n) for j in range(i + 1, n)]
    rng.shuffle(flights)
    return {"n": n, "flights": flights, "src": order[0], "dst": order[-1], "k": n // 2}
