import random

from hypothesis import strategies as st

MAX_NODES = 2000
MAX_EDGES = 5000


def _orient(rng, a, b):
    """The edge [a, b] with its ends in a random order."""
    return [a, b] if rng.random() < 0.5 else [b, a]


def _tree(n, rng, shape="random"):
    """A tree on 0..n-1, nodes relabelled and edges shuffled, ends in random order."""
    labels = list(range(n))
    rng.shuffle(labels)
    edges = []
    for i in range(1, n):
        if shape == "path":
            j = i - 1
        elif shape == "star":
            j = 0
        else:
            j = rng.randrange(i)
        edges.append(_orient(rng, labels[i], labels[j]))
    rng.shuffle(edges)
    return edges


def _extra_edge(n, edges, rng):
    """One more edge between two nodes not yet joined (a tree gets a cycle)."""
    present = {frozenset(e) for e in edges}
    while True:
        a, b = rng.sample(range(n), 2)
        if frozenset((a, b)) not in present:
            return [*edges, [a, b]]


def _cycle_and_loner(n, rng):
    """n - 1 edges, as many as a tree, but one node is cut off and the rest has a cycle."""
    edges = _tree(n - 1, rng)  # on nodes 0..n-2; node n-1 stays alone
    return _extra_edge(n - 1, edges, rng)


def _mutate(n, rng, kind):
    """A graph of the given kind on n nodes; a tree where n is too small for the kind."""
    shape = rng.choice(["random", "path", "star"])
    if kind == "tree" or n < 3 or (kind == "loner" and n < 4):
        return _tree(n, rng, shape)
    if kind == "cycle":
        return _extra_edge(n, _tree(n, rng, shape), rng)
    if kind == "forest":
        edges = _tree(n, rng, shape)
        edges.pop(rng.randrange(len(edges)))
        return edges
    return _cycle_and_loner(n, rng)


def _rng(seed):
    return random.Random(seed)


EXAMPLES = [
    {"args": {"n": 5, "edges": [[0, 1], [0, 2], [0, 3], [1, 4]]}, "expected": True},
    {"args": {"n": 5, "edges": [[0, 1], [1, 2], [2, 3], [1, 3], [1, 4]]}, "expected": False},
    {"args": {"n": 4, "edges": [[0, 1], [3, 2]]}, "expected": False},
    {"args": {"n": 1, "edges": []}, "expected": True},
]

HIDDEN = [
    {"tag": "two nodes, no edge", "args": {"n": 2, "edges": []}},
    {"tag": "two nodes, one edge", "args": {"n": 2, "edges": [[1, 0]]}},
    {"tag": "edges pointing towards node 0", "args": {"n": 4, "edges": [[1, 0], [2, 0], [3, 2]]}},
    {"tag": "triangle", "args": {"n": 3, "edges": [[0, 1], [1, 2], [2, 0]]}},
    {"tag": "n - 1 edges: a cycle and a lone node", "args": {"n": 4, "edges": [[0, 1], [1, 2], [2, 0]]}},
    {"tag": "n - 1 edges: lone node 0", "args": {"n": 5, "edges": [[1, 2], [2, 3], [3, 1], [4, 1]]}},
    {"tag": "too few edges, no cycle", "args": {"n": 6, "edges": [[0, 1], [1, 2], [3, 4], [4, 5]]}},
    {"tag": "square with a tail", "args": {"n": 5, "edges": [[0, 1], [1, 2], [2, 3], [3, 0], [3, 4]]}},
    {"tag": "path given backwards", "args": {"n": 6, "edges": [[5, 4], [4, 3], [3, 2], [2, 1], [1, 0]]}},
    {"tag": "isolated last node", "args": {"n": 3, "edges": [[0, 1]]}},
    {"tag": "max nodes, no edge", "args": {"n": MAX_NODES, "edges": []}},
    {"tag": "max nodes, a long path", "args": {"n": MAX_NODES, "edges": _tree(MAX_NODES, _rng(1), "path")}},
    {"tag": "max nodes, a star", "args": {"n": MAX_NODES, "edges": _tree(MAX_NODES, _rng(2), "star")}},
    {"tag": "max nodes, random tree", "args": {"n": MAX_NODES, "edges": _tree(MAX_NODES, _rng(3))}},
    {
        "tag": "max nodes, a tree plus one edge",
        "args": {"n": MAX_NODES, "edges": _extra_edge(MAX_NODES, _tree(MAX_NODES, _rng(4)), _rng(5))},
    },
    {
        "tag": "max nodes, n - 1 edges with a cycle and a lone node",
        "args": {"n": MAX_NODES, "edges": _cycle_and_loner(MAX_NODES, _rng(6))},
    },
    {
        "tag": "max nodes, path cut in two",
        "args": {"n": MAX_NODES, "edges": [[i, i + 1] for i in range(MAX_NODES - 1) if i != 1000]},
    },
    {
        "tag": "max nodes, a ring",
        "args": {"n": MAX_NODES, "edges": [[i, (i + 1) % MAX_NODES] for i in range(MAX_NODES)]},
    },
    {
        "tag": "max edges, dense block",
        "args": {"n": 101, "edges": [[a, b] for a in range(101) for b in range(a + 1, 101)][:MAX_EDGES]},
    },
]


@st.composite
def _small(draw):
    n = draw(st.integers(1, 8))
    if n >= 2 and draw(st.booleans()):
        pairs = [[a, b] for a in range(n) for b in range(n) if a != b]
        chosen = draw(st.lists(st.sampled_from(pairs), max_size=n + 1, unique_by=lambda e: frozenset(e)))
        return {"n": n, "edges": chosen}
    kind = draw(st.sampled_from(["tree", "cycle", "forest", "loner"]))
    return {"n": n, "edges": _mutate(n, _rng(draw(st.integers(0, 2**32))), kind)}


@st.composite
def _big(draw):
    n = draw(st.integers(1, MAX_NODES))
    kind = draw(st.sampled_from(["tree", "tree", "cycle", "forest", "loner"]))
    return {"n": n, "edges": _mutate(n, _rng(draw(st.integers(0, 2**32))), kind)}


def inputs():
    return st.one_of(_small(), _big())


def valid(args):
    n, edges = args["n"], args["edges"]
    if type(n) is not int or not 1 <= n <= MAX_NODES:
        return "n out of range"
    if type(edges) is not list or len(edges) > MAX_EDGES:
        return "too many edges"
    seen = set()
    for e in edges:
        if type(e) is not list or len(e) != 2 or any(type(v) is not int for v in e):
            return "an edge is not a pair of ints"
        a, b = e
        if not (0 <= a < n and 0 <= b < n) or a == b:
            return "an edge leaves 0..n-1 or is a self-loop"
        if frozenset(e) in seen:
            return "an edge is listed twice"
        seen.add(frozenset(e))
    return None


def large(n, rng):
    # A tree on about n / 2 nodes: a star around node 0 with the centre first in every
    # edge, so a union-find that hangs the first root under the second
    # (parent[find(a)] = find(b)) grows a chain under node 0 and walks it every time.
    nodes = max(1, (n + 1) // 2)
    return {"n": nodes, "edges": [[0, i] for i in range(1, nodes)]}
