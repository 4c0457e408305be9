import random

from hypothesis import strategies as st

MIN_N, MAX_N = 3, 1000

EXAMPLES = [
    {"args": {"edges": [[1, 2], [2, 3], [1, 3]]}, "expected": [1, 3]},
    {"args": {"edges": [[1, 4], [3, 4], [1, 3], [1, 2], [4, 5]]}, "expected": [1, 3]},
    {"args": {"edges": [[2, 3], [1, 2], [3, 4], [1, 4], [1, 5]]}, "expected": [1, 4]},
]


def _edge(a, b):
    return [min(a, b), max(a, b)]


def _graph(n, rng, shape="random", cycle_len=None):
    """A tree on 1..n of the given shape plus one extra edge, edges shuffled."""
    labels = list(range(1, n + 1))
    rng.shuffle(labels)
    tree = []
    for i in range(1, n):
        if shape == "path":
            j = i - 1
        elif shape == "star":
            j = 0
        else:
            j = rng.randrange(i)
        tree.append(_edge(labels[i], labels[j]))
    present = {tuple(e) for e in tree}
    while True:
        if cycle_len is not None and shape == "path":
            i = rng.randrange(0, n - cycle_len + 1)
            a, b = labels[i], labels[i + cycle_len - 1]
        else:
            a, b = rng.sample(labels, 2)
        if tuple(_edge(a, b)) not in present:
            break
    edges = [*tree, _edge(a, b)]
    rng.shuffle(edges)
    return {"edges": edges}


def _chain_of_pairs(n, rng):
    """Pairs first, then links joining each pair to the growing chain, then the extra
    edge: every link joins a node of the long chain (its smaller label) to a pair."""
    m = n // 2
    edges = [[2 * k + 1, 2 * k + 2] for k in range(m)]
    edges += [[2 * k + 2, 2 * k + 3] for k in range(m - 1)]
    last = 2 * m
    if n % 2:  # one more node hanging off the end
        edges.append([last, n])
        last = n
    while True:
        a, b = sorted(rng.sample(range(1, last + 1), 2))
        if b - a > 1 and [a, b] not in edges[:m]:
            break
    return {"edges": [*edges, [a, b]]}


def _cycle(n):
    return {"edges": [[i, i + 1] for i in range(1, n)] + [[1, n]]}


HIDDEN = [
    {"tag": "triangle, last edge", "args": {"edges": [[1, 2], [1, 3], [2, 3]]}},
    {"tag": "triangle, first edge listed last", "args": {"edges": [[2, 3], [1, 3], [1, 2]]}},
    {
        "tag": "cycle closes before the list ends",
        "args": {"edges": [[1, 2], [2, 3], [1, 3], [3, 4], [4, 5], [2, 6]]},
    },
    {
        "tag": "cycle uses the largest label",
        "args": {"edges": [[1, 2], [2, 3], [3, 4], [4, 6], [5, 6], [2, 6]]},
    },
    {"tag": "square cycle", "args": {"edges": [[1, 2], [3, 4], [1, 4], [2, 3]]}},
    {
        "tag": "star plus one edge between leaves",
        "args": {"edges": [[1, 2], [1, 3], [1, 4], [1, 5], [3, 5], [1, 6]]},
    },
    {"tag": "all nodes on the cycle", "args": _cycle(8)},
    {"tag": "max n, all nodes on the cycle", "args": _cycle(MAX_N)},
    {
        "tag": "max n, cycle edge listed first",
        "args": {"edges": [[1, MAX_N]] + [[i, i + 1] for i in range(1, MAX_N)]},
    },
    {"tag": "max n, long path closed far apart", "args": _graph(MAX_N, random.Random(1), "path", 900)},
    {"tag": "max n, random tree", "args": _graph(MAX_N, random.Random(2))},
    {"tag": "max n, star", "args": _graph(MAX_N, random.Random(3), "star")},
    {"tag": "max n, pairs joined to a chain", "args": _chain_of_pairs(MAX_N, random.Random(5))},
    {
        "tag": "max n, cycle closes first, a long path after it",
        "args": {"edges": [[1, 2], [2, 3], [1, 3]] + [[i, i + 1] for i in range(3, MAX_N)]},
    },
    {"tag": "short cycle deep in a path", "args": _graph(50, random.Random(4), "path", 3)},
    {"tag": "join-order trap", "args": {"edges": [[3, 4], [1, 2], [2, 4], [5, 6], [1, 3], [4, 5]]}},
    {
        "tag": "two branches meeting",
        "args": {"edges": [[1, 2], [1, 3], [2, 4], [3, 5], [4, 6], [5, 6], [6, 7]]},
    },
    {"tag": "smallest labels last", "args": {"edges": [[4, 5], [3, 5], [2, 4], [2, 3], [1, 2]]}},
    {"tag": "parents chain without find", "args": {"edges": [[1, 2], [2, 3], [3, 4], [1, 4]]}},
]


@st.composite
def _inputs(draw):
    n = draw(st.one_of(st.integers(MIN_N, 10), st.integers(MIN_N, MAX_N)))
    shape = draw(st.sampled_from(["random", "path", "star"]))
    rng = random.Random(draw(st.integers(0, 2**32)))
    cycle_len = draw(st.integers(3, n)) if shape == "path" else None
    return _graph(n, rng, shape, cycle_len)


def inputs():
    return _inputs()


def valid(args):
    edges = args["edges"]
    n = len(edges)
    if not MIN_N <= n <= MAX_N:
        return "number of edges out of range"
    seen = set()
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    cycles = 0
    for e in edges:
        if type(e) is not list or len(e) != 2 or any(type(v) is not int for v in e):
            return "an edge must be two integers"
        a, b = e
        if not 1 <= a < b <= n:
            return "an edge must satisfy 1 <= a < b <= n"
        if (a, b) in seen:
            return "repeated edge"
        seen.add((a, b))
        ra, rb = find(a), find(b)
        if ra == rb:
            cycles += 1
        else:
            parent[ra] = rb
    if cycles != 1:
        return "not a tree plus one edge"
    return None  # n edges, one cycle, so the n nodes are connected


def large(n, rng):
    # half of the nodes as pairs joined to a chain (a search from the first endpoint
    # before each edge walks the whole chain), then the extra edge, which closes a
    # cycle in the chain, then the other half hanging off as a random tree: a
    # union-find reads half the list, a solution that drops edges from the back tests
    # every tree edge first
    n = max(MIN_N + 1, n)
    k = max(MIN_N + 1, n // 2)
    edges = _chain_of_pairs(k, rng)["edges"]
    return {"edges": edges + [[rng.randint(1, i - 1), i] for i in range(k + 1, n + 1)]}
