import random

from hypothesis import strategies as st

MAX_NODES = 2000
MAX_EDGES = 5000


def _edge(a, b):
    return [min(a, b), max(a, b)]


def _forest(n, groups, rng, extra=0):
    """n nodes cut into `groups` components, each a random tree, plus up to `extra`
    more edges inside components; edges shuffled, nodes relabelled at random."""
    labels = list(range(n))
    rng.shuffle(labels)
    cuts = sorted(rng.sample(range(1, n), groups - 1)) if groups > 1 else []
    edges, present = [], set()
    blocks = []
    for lo, hi in zip([0, *cuts], [*cuts, n], strict=True):
        blocks.append(labels[lo:hi])
        for i in range(lo + 1, hi):
            e = _edge(labels[i], labels[rng.randrange(lo, i)])
            edges.append(e)
            present.add(tuple(e))
    big = [b for b in blocks if len(b) >= 3]
    for _ in range(extra if big else 0):
        a, b = rng.sample(rng.choice(big), 2)
        e = _edge(a, b)
        if tuple(e) not in present:
            present.add(tuple(e))
            edges.append(e)
    rng.shuffle(edges)
    return edges


def _star(n, centre=0):
    return [_edge(centre, i) for i in range(n) if i != centre]


def _dense(n):
    """Every pair among the first n nodes."""
    return [[a, b] for a in range(n) for b in range(a + 1, n)]


_r = random.Random(323)

EXAMPLES = [
    {"args": {"n": 5, "edges": [[0, 1], [1, 2], [3, 4]]}, "expected": 2},
    {"args": {"n": 5, "edges": [[0, 1], [1, 2], [2, 3], [3, 4]]}, "expected": 1},
    {"args": {"n": 6, "edges": [[0, 3], [2, 5]]}, "expected": 4},
]

HIDDEN = [
    {"tag": "two nodes, one edge", "args": {"n": 2, "edges": [[0, 1]]}},
    {"tag": "isolated last node", "args": {"n": 3, "edges": [[0, 1]]}},
    {"tag": "isolated first node", "args": {"n": 3, "edges": [[1, 2]]}},
    {"tag": "edges only towards a larger node", "args": {"n": 3, "edges": [[0, 2], [1, 2]]}},
    {"tag": "joined through a later edge", "args": {"n": 4, "edges": [[0, 2], [1, 3], [2, 3]]}},
    {"tag": "triangle (a cycle)", "args": {"n": 3, "edges": [[0, 1], [1, 2], [0, 2]]}},
    {"tag": "cycle plus an isolated node", "args": {"n": 5, "edges": [[0, 1], [1, 2], [2, 3], [0, 3]]}},
    {"tag": "path given backwards", "args": {"n": 6, "edges": [[4, 5], [3, 4], [2, 3], [1, 2], [0, 1]]}},
    {"tag": "complete graph on 6", "args": {"n": 6, "edges": _dense(6)}},
    {"tag": "many pairs", "args": {"n": 10, "edges": [[0, 9], [1, 8], [2, 7], [3, 6], [4, 5]]}},
    {"tag": "max nodes, one edge", "args": {"n": MAX_NODES, "edges": [[0, MAX_NODES - 1]]}},
    {
        "tag": "max nodes, one long path",
        "args": {"n": MAX_NODES, "edges": [[i, i + 1] for i in range(MAX_NODES - 1)]},
    },
    {"tag": "max nodes, star", "args": {"n": MAX_NODES, "edges": _star(MAX_NODES)}},
    {
        "tag": "max nodes, star around the last node",
        "args": {"n": MAX_NODES, "edges": _star(MAX_NODES, MAX_NODES - 1)},
    },
    {
        "tag": "max edges, one component with cycles",
        "args": {"n": MAX_NODES, "edges": _forest(MAX_NODES, 1, _r, MAX_EDGES - MAX_NODES + 1)},
    },
    {
        "tag": "max edges, dense block and isolated nodes",
        "args": {"n": MAX_NODES, "edges": _dense(100)[:MAX_EDGES]},
    },
    {
        "tag": "max nodes, 700 components",
        "args": {"n": MAX_NODES, "edges": _forest(MAX_NODES, 700, _r, 2000)},
    },
    {
        "tag": "max nodes, pairs only",
        "args": {"n": MAX_NODES, "edges": [[2 * i, 2 * i + 1] for i in range(MAX_NODES // 2)]},
    },
    {
        "tag": "max nodes, every edge in a cycle",
        "args": {"n": MAX_NODES, "edges": [*([i, i + 1] for i in range(MAX_NODES - 1)), [0, MAX_NODES - 1]]},
    },
]


@st.composite
def _small(draw):
    n = draw(st.integers(1, 9))
    pairs = [(a, b) for a in range(n) for b in range(a + 1, n)]
    if not pairs:  # one node has no edge to give, and at least one edge is required
        n, pairs = 2, [(0, 1)]
    chosen = draw(st.lists(st.sampled_from(pairs), min_size=1, max_size=len(pairs), unique=True))
    return {"n": n, "edges": [list(p) for p in chosen]}


@st.composite
def _big(draw):
    n = draw(st.integers(2, MAX_NODES))
    rng = random.Random(draw(st.integers(0, 2**32)))
    groups = rng.randint(1, n - 1)
    extra = rng.choice([0, 0, 10, MAX_EDGES])
    edges = _forest(n, groups, rng, extra)
    return {"n": n, "edges": edges[:MAX_EDGES]}


def inputs():
    return st.one_of(_small(), _big())


def valid(args):
    n, edges = args["n"], args["edges"]
    if type(n) is not int or not 1 <= n <= MAX_NODES:
        return "n out of range"
    if type(edges) is not list or not 1 <= len(edges) <= MAX_EDGES:
        return "number of edges out of range"
    seen = set()
    for e in edges:
        if type(e) is not list or len(e) != 2 or any(type(v) is not int for v in e):
            return "an edge is not a pair of ints"
        a, b = e
        if not 0 <= a < b < n:
            return "an edge is not [a, b] with 0 <= a < b < n"
        if (a, b) in seen:
            return "an edge is listed twice"
        seen.add((a, b))
    return None


def large(n, rng):
    # Half the size in nodes, the rest in edges: a star around node 0, edges in order,
    # then random edges. A union-find that hangs the first root under the second
    # (parent[find(a)] = find(b)) grows a chain under node 0 and walks it on every edge.
    nodes = max(2, n // 2)
    edges = _star(nodes)
    present = {tuple(e) for e in edges}
    while len(edges) < n - nodes:
        e = _edge(*rng.sample(range(nodes), 2))
        if tuple(e) not in present:
            present.add(tuple(e))
            edges.append(e)
    return {"n": nodes, "edges": edges}
