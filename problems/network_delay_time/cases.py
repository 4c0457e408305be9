import random

from hypothesis import strategies as st

MAX_N, MAX_EDGES, MAX_W = 100, 6000, 100

EXAMPLES = [
    {"args": {"times": [[2, 1, 1], [2, 3, 1], [3, 4, 1]], "n": 4, "k": 2}, "expected": 2},
    {"args": {"times": [[1, 2, 1]], "n": 2, "k": 1}, "expected": 1},
    {"args": {"times": [[1, 2, 1]], "n": 2, "k": 2}, "expected": -1},
]


def _path_order(n, k, rng):
    rest = [v for v in range(1, n + 1) if v != k]
    rng.shuffle(rest)
    return [k, *rest]


def _long_path(n, rng, k=1, weight=None, back_edges=True):
    """One path from k through every node, its links listed from the far end back (so a
    Bellman-Ford round moves the signal one link only), and, if back_edges, a link from
    every node to each node before it on the path (dense, and never a shortcut)."""
    order = _path_order(n, k, rng)
    edges = []
    if back_edges:
        edges = [[order[j], order[i], rng.randint(0, MAX_W)] for i in range(n) for j in range(i + 1, n)]
        rng.shuffle(edges)
    w = (lambda: rng.randint(0, MAX_W)) if weight is None else (lambda: weight)
    path = [[order[i], order[i + 1], w()] for i in range(n - 1)]
    return {"times": edges + path[::-1], "n": n, "k": k}


def _random_graph(n, m, rng, k=None, reachable=True, low=0, high=MAX_W):
    """m distinct links on n nodes; with reachable, the first n - 1 form a tree out of k."""
    k = rng.randint(1, n) if k is None else k
    pairs = set()
    if reachable:
        order = _path_order(n, k, rng)
        pairs.update((order[rng.randrange(i)], order[i]) for i in range(1, n))
    m = min(m, n * (n - 1))
    if m > n * (n - 1) // 2:
        every = [(u, v) for u in range(1, n + 1) for v in range(1, n + 1) if u != v]
        rng.shuffle(every)
        for p in every:
            if len(pairs) >= m:
                break
            pairs.add(p)
    while len(pairs) < m:
        u, v = rng.randint(1, n), rng.randint(1, n)
        if u != v:
            pairs.add((u, v))
    times = [[u, v, rng.randint(low, high)] for u, v in pairs]
    rng.shuffle(times)
    return {"times": times, "n": n, "k": k}


def _forward_dag(n, rng):
    """A link from every node to every later one: 2^(n-2) paths from node 1 to node n."""
    times = [[u, v, rng.randint(0, MAX_W)] for u in range(1, n + 1) for v in range(u + 1, n + 1)]
    rng.shuffle(times)
    return {"times": times, "n": n, "k": 1}


def _case(tag, times, n, k):
    return {"tag": tag, "args": {"times": times, "n": n, "k": k}}


def _big(tag, args):
    return {"tag": tag, "args": args}


HIDDEN = [
    _case("a node with no links at all", [[1, 2, 1]], 3, 1),
    _case("every weight zero", [[1, 2, 0], [2, 3, 0], [1, 3, 0]], 3, 1),
    _case("direct link slower than a detour", [[1, 2, 10], [1, 3, 1], [3, 2, 1]], 3, 1),
    _case("more links but less time", [[1, 4, 9], [1, 2, 1], [2, 3, 1], [3, 4, 1]], 4, 1),
    _case("only the reverse link would help", [[1, 2, 5], [3, 1, 1], [3, 2, 1], [2, 3, 7]], 3, 1),
    _case("the answer is the largest time, not the sum", [[1, 2, 3], [1, 3, 4], [1, 4, 2]], 4, 1),
    _case("k is the last node", [[4, 3, 2], [3, 2, 2], [2, 1, 2]], 4, 4),
    _case("links both ways", [[1, 2, 4], [2, 1, 1], [2, 3, 2], [3, 2, 1]], 3, 2),
    _case("a zero link on the best route", [[1, 2, 5], [1, 3, 4], [3, 2, 0]], 3, 1),
    _case("a cycle back to k", [[1, 2, 1], [2, 3, 1], [3, 1, 1], [3, 4, 5]], 4, 1),
    _case("reached only through a node found late", [[1, 2, 1], [2, 3, 1], [1, 3, 50], [3, 4, 1]], 4, 1),
    _case("one node out of reach among many", [[1, 2, 1], [2, 3, 1], [3, 4, 1], [5, 4, 1]], 5, 1),
    _case("links only out of the last node", [[2, 1, 1]], 2, 1),
    _big("max n, one path of heavy links", _long_path(MAX_N, random.Random(1), 1, MAX_W, False)),
    _big("max n, a long path listed backwards, dense", _long_path(MAX_N, random.Random(2), 37)),
    _big("max n, every link to a later node", _forward_dag(MAX_N, random.Random(3))),
    _big("max links, random weights", _random_graph(MAX_N, MAX_EDGES, random.Random(4))),
    _big("max links, small weights", _random_graph(MAX_N, MAX_EDGES, random.Random(5), high=3)),
    _big("max n, sparse, one node unreachable", _random_graph(MAX_N, 300, random.Random(6), reachable=False)),
    _case("max n, a star out of k", [[50, v, v] for v in range(1, MAX_N + 1) if v != 50], MAX_N, 50),
]


@st.composite
def _small(draw):
    n = draw(st.integers(2, 7))
    pairs = [(u, v) for u in range(1, n + 1) for v in range(1, n + 1) if u != v]
    chosen = draw(st.lists(st.sampled_from(pairs), min_size=1, max_size=len(pairs), unique=True))
    weight = st.one_of(st.integers(0, 5), st.integers(0, MAX_W))
    times = [[u, v, draw(weight)] for u, v in chosen]
    return {"times": times, "n": n, "k": draw(st.integers(1, n))}


@st.composite
def _large(draw):
    n = draw(st.integers(2, MAX_N))
    rng = random.Random(draw(st.integers(0, 2**32)))
    shape = draw(st.sampled_from(["random", "reachable", "path", "dag"]))
    if shape == "path":
        return _long_path(n, rng, rng.randint(1, n))
    if shape == "dag":
        return _forward_dag(n, rng)
    m = draw(st.integers(1, min(MAX_EDGES, n * (n - 1))))
    if shape == "reachable":
        m = max(m, n - 1)
    return _random_graph(n, m, rng, reachable=shape == "reachable", high=draw(st.sampled_from([3, MAX_W])))


def inputs():
    return st.one_of(_small(), _large())


def valid(args):
    times, n, k = args["times"], args["n"], args["k"]
    if type(n) is not int or not 1 <= n <= MAX_N:
        return "n out of range"
    if type(k) is not int or not 1 <= k <= n:
        return "k out of range"
    if not 1 <= len(times) <= MAX_EDGES:
        return "number of links out of range"
    seen = set()
    for t in times:
        if type(t) is not list or len(t) != 3 or any(type(x) is not int for x in t):
            return "a link must be three integers"
        u, v, w = t
        if not (1 <= u <= n and 1 <= v <= n) or u == v:
            return "a link must join two different nodes of 1..n"
        if not 0 <= w <= MAX_W:
            return "weight out of range"
        if (u, v) in seen:
            return "repeated link"
        seen.add((u, v))
    return None


def large(n, rng):
    # a path through every node listed from its far end (Bellman-Ford needs n rounds),
    # plus a link back from each node to every earlier one: n^2 / 2 links, all of which
    # a Floyd-Warshall or Bellman-Ford pass reads again and again
    return _long_path(max(2, n), rng, rng.randint(1, max(2, n)))
