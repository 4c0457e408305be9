import random

from hypothesis import strategies as st

MAX_NODES = 100


def _adjacency(n, edges, seed=None):
    """Adjacency lists of nodes 1..n from undirected edges (a, b); shuffled if seed is given."""
    if seed is not None:
        edges = list(edges)
        random.Random(seed).shuffle(edges)
    adj = [[] for _ in range(n)]
    for a, b in edges:
        adj[a - 1].append(b)
        adj[b - 1].append(a)
    return adj


def _relabel(n, edges, seed):
    """The same graph with its nodes renumbered at random (node 1 becomes some other node)."""
    perm = list(range(1, n + 1))
    random.Random(seed).shuffle(perm)
    return [(perm[a - 1], perm[b - 1]) for a, b in edges]


def _random_connected(n, extra, rng):
    """A random spanning tree of nodes 1..n plus up to `extra` more distinct edges."""
    edges = set()
    order = list(range(1, n + 1))
    rng.shuffle(order)
    for i in range(1, n):
        a, b = order[i], order[int(rng.random() * i)]
        edges.add((min(a, b), max(a, b)))
    possible = n * (n - 1) // 2
    target = min(possible, len(edges) + extra)
    if target > possible // 2:  # dense: pick from every pair
        pairs = [(a, b) for a in range(1, n + 1) for b in range(a + 1, n + 1) if (a, b) not in edges]
        rng.shuffle(pairs)
        edges.update(pairs[: target - len(edges)])
    else:
        while len(edges) < target:
            a, b = int(rng.random() * n) + 1, int(rng.random() * n) + 1
            if a != b:
                edges.add((min(a, b), max(a, b)))
    return sorted(edges)


def _complete(n):
    return [(a, b) for a in range(1, n + 1) for b in range(a + 1, n + 1)]


def _grid_edges(side):
    def num(r, c):
        return r * side + c + 1

    edges = []
    for r in range(side):
        for c in range(side):
            if r + 1 < side:
                edges.append((num(r, c), num(r + 1, c)))
            if c + 1 < side:
                edges.append((num(r, c), num(r, c + 1)))
    return edges


_PATH_100 = [(i, i + 1) for i in range(1, MAX_NODES)]

EXAMPLES = [
    {"args": {"node": [[2, 4], [1, 3], [2, 4], [1, 3]]}, "expected": [[2, 4], [1, 3], [2, 4], [1, 3]]},
    {"args": {"node": [[2, 3], [1, 3], [1, 2]]}, "expected": [[2, 3], [1, 3], [1, 2]]},
    {"args": {"node": [[]]}, "expected": [[]]},
    {"args": {"node": []}, "expected": []},
]

HIDDEN = [
    {"tag": "no nodes", "args": {"node": []}},
    {"tag": "single node", "args": {"node": [[]]}},
    {"tag": "two nodes", "args": {"node": [[2], [1]]}},
    {"tag": "path, given an end", "args": {"node": [[2], [1, 3], [2]]}},
    {"tag": "path, given the middle", "args": {"node": [[2, 3], [1], [1]]}},
    {"tag": "triangle, lists out of order", "args": {"node": [[3, 2], [3, 1], [2, 1]]}},
    {"tag": "complete graph of 4", "args": {"node": _adjacency(4, _complete(4), seed=4)}},
    {"tag": "two triangles and a bridge", "args": {"node": _adjacency(6, [(1, 2), (2, 3), (1, 3), (3, 4),
                                                                        (4, 5), (5, 6), (4, 6)])}},
    {"tag": "max nodes, path", "args": {"node": _adjacency(MAX_NODES, _PATH_100)}},
    {"tag": "max nodes, path numbered at random",
     "args": {"node": _adjacency(MAX_NODES, _relabel(MAX_NODES, _PATH_100, 7), seed=7)}},
    {"tag": "max nodes, cycle", "args": {"node": _adjacency(MAX_NODES, [*_PATH_100, (1, MAX_NODES)])}},
    {"tag": "max nodes, star around node 1",
     "args": {"node": _adjacency(MAX_NODES, [(1, i) for i in range(2, MAX_NODES + 1)])}},
    {"tag": "max nodes, star around the last node, given a leaf",
     "args": {"node": _adjacency(MAX_NODES, [(i, MAX_NODES) for i in range(1, MAX_NODES)])}},
    {"tag": "max nodes, complete graph",
     "args": {"node": _adjacency(MAX_NODES, _complete(MAX_NODES), seed=1)}},
    {"tag": "max nodes, complete bipartite 50 + 50",
     "args": {"node": _adjacency(MAX_NODES, [(a, b) for a in range(1, 51) for b in range(51, 101)], seed=2)}},
    {"tag": "max nodes, binary tree",
     "args": {"node": _adjacency(MAX_NODES, [(i // 2, i) for i in range(2, 101)])}},
    {"tag": "max nodes, 10 x 10 grid", "args": {"node": _adjacency(MAX_NODES, _grid_edges(10), seed=3)}},
    {"tag": "max nodes, wheel",
     "args": {"node": _adjacency(MAX_NODES, [*[(1, i) for i in range(2, 101)],
                                             *[(i, i + 1) for i in range(2, 100)], (2, 100)], seed=5)}},
    {"tag": "max nodes, random sparse",
     "args": {"node": _adjacency(MAX_NODES, _random_connected(MAX_NODES, 20, random.Random(11)), seed=11)}},
    {"tag": "max nodes, random dense",
     "args": {"node": _adjacency(MAX_NODES, _random_connected(MAX_NODES, 3000, random.Random(12)), seed=12)}},
]


@st.composite
def _inputs(draw):
    kind = draw(st.sampled_from(["small", "small", "large", "empty"]))
    if kind == "empty":
        return {"node": []}
    if kind == "small":  # drawn edge by edge: shrinks well
        n = draw(st.integers(1, 7))
        parents = [draw(st.integers(1, i)) for i in range(1, n)]  # node i + 1 hangs off an earlier node
        edges = {(p, i + 1) for i, p in enumerate(parents, 1)}
        pairs = [(a, b) for a in range(1, n + 1) for b in range(a + 1, n + 1) if (a, b) not in edges]
        if pairs:
            edges |= set(draw(st.lists(st.sampled_from(pairs), unique=True)))
        order_seed = draw(st.integers(0, 1000))
        return {"node": _adjacency(n, sorted(edges), seed=order_seed)}
    n = draw(st.integers(1, MAX_NODES))
    extra = draw(st.sampled_from([0, 1, n, 3 * n, n * n]))
    seed = draw(st.integers(0, 2**32))
    rng = random.Random(seed)
    return {"node": _adjacency(n, _random_connected(n, extra, rng), seed=seed)}


def inputs():
    return _inputs()


def valid(args):
    adj = args["node"]
    if type(adj) is not list or len(adj) > MAX_NODES:
        return "number of nodes out of range"
    n = len(adj)
    for i, lst in enumerate(adj, 1):
        if type(lst) is not list or any(type(v) is not int for v in lst):
            return f"neighbours of node {i} are not a list of ints"
        if any(not 1 <= v <= n for v in lst):
            return f"node {i} has a neighbour outside 1..n"
        if i in lst:
            return f"node {i} is its own neighbour"
        if len(set(lst)) != len(lst):
            return f"node {i} lists a neighbour twice"
    for i, lst in enumerate(adj, 1):
        if any(i not in adj[v - 1] for v in lst):
            return f"an edge of node {i} is listed at one end only"
    if n:
        seen = {1}
        stack = [1]
        while stack:
            for v in adj[stack.pop() - 1]:
                if v not in seen:
                    seen.add(v)
                    stack.append(v)
        if len(seen) != n:
            return "not every node can be reached from node 1"
    return None


def large(n, rng):
    nodes = max(1, n // 3)
    edges = max(0, n - nodes)
    extra = max(0, edges - (nodes - 1))
    return {"node": _adjacency(nodes, _random_connected(nodes, extra, rng), seed=rng.randrange(2**32))}
