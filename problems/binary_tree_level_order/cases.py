import random

from hypothesis import strategies as st

LOW, HIGH = -1000, 1000
MAX_NODES = 2000

# --- trees as LeetCode writes them (level order, None for a missing child) ----


def _shape(rng, n, kind):
    """left/right child index lists (-1: none) of an n-node tree rooted at 0."""
    left, right = [-1] * n, [-1] * n
    if n == 0:
        return left, right
    if kind == "complete":
        for i in range(n):
            if 2 * i + 1 < n:
                left[i] = 2 * i + 1
            if 2 * i + 2 < n:
                right[i] = 2 * i + 2
        return left, right
    if kind in ("left", "right", "zigzag"):
        for i in range(1, n):
            side = {"left": left, "right": right}.get(kind) or (left if i % 2 else right)
            side[i - 1] = i
        return left, right
    # "random": every new node takes a free child slot chosen at random;
    # "spine": half the nodes form one long path, the rest hang anywhere
    start = 1
    if kind == "spine":
        start = max(1, n // 2)
        for i in range(1, start):
            (left if rng.random() < 0.5 else right)[i - 1] = i
    slots = [(i, s) for i in range(start) for s in (0, 1) if (left, right)[s][i] == -1]
    for i in range(start, n):
        k = rng.randrange(len(slots))
        slots[k], slots[-1] = slots[-1], slots[k]
        parent, side = slots.pop()
        (left, right)[side][parent] = i
        slots += [(i, 0), (i, 1)]
    return left, right


def _encode(values, left, right):
    """Level-order list of the tree with node i holding values[i]."""
    if not values:
        return []
    out, queue, i = [], [0], 0
    while i < len(queue):
        x = queue[i]
        i += 1
        if x == -1:
            out.append(None)
            continue
        out.append(values[x])
        queue.append(left[x])
        queue.append(right[x])
    while out and out[-1] is None:
        out.pop()
    return out


def _tree(rng, n, kind, low, high):
    left, right = _shape(rng, n, kind)
    return _encode([rng.randint(low, high) for _ in range(n)], left, right)


def _decode_check(level, max_nodes, low, high):
    """None if `level` is a well-formed tree within the bounds, else why not."""
    if type(level) is not list:
        return "the tree is not a list"
    if not level:
        return None
    if level[-1] is None:
        return "trailing null in the tree"
    if level[0] is None:
        return "the root is null but the list goes on"
    nodes, slots, used = 0, 1, 0  # slots: child positions opened by the nodes so far
    for v in level:
        if used >= slots:
            return "values past the last node's children"
        used += 1
        if v is None:
            continue
        if type(v) is not int or not low <= v <= high:
            return "node value out of range"
        nodes += 1
        slots += 2
    if nodes > max_nodes:
        return f"more than {max_nodes} nodes"
    return None


@st.composite
def _small_tree(draw, max_size, low, high):
    n = draw(st.integers(0, max_size))
    values = draw(st.lists(st.integers(low, high), min_size=n, max_size=n))
    left, right = [-1] * n, [-1] * n
    slots = [(0, 0), (0, 1)]
    for i in range(1, n):
        parent, side = slots.pop(draw(st.integers(0, len(slots) - 1)))
        (left, right)[side][parent] = i
        slots += [(i, 0), (i, 1)]
    return _encode(values, left, right)


EXAMPLES = [
    {"args": {"root": [8, 4, 12, None, 6, 10]}, "expected": [[8], [4, 12], [6, 10]]},
    {"args": {"root": [1]}, "expected": [[1]]},
    {"args": {"root": []}, "expected": []},
    {"args": {"root": [1, 2, None, 3, 4, 5]}, "expected": [[1], [2], [3, 4], [5]]},
]

_rng = random.Random(102)


def _distinct(n, kind):
    """An n-node tree of the given shape with distinct values, so the order shows."""
    left, right = _shape(_rng, n, kind)
    return _encode(_rng.sample(range(LOW, HIGH + 1), n), left, right)


HIDDEN = [
    {"tag": "single node, negative", "args": {"root": [LOW]}},
    {"tag": "only a left child", "args": {"root": [1, 2]}},
    {"tag": "only a right child", "args": {"root": [1, None, 2]}},
    {"tag": "perfect tree of 7 nodes", "args": {"root": [1, 2, 3, 4, 5, 6, 7]}},
    {"tag": "level with gaps", "args": {"root": [1, 2, 3, None, 4, None, 5]}},
    {"tag": "cousins from different parents",
     "args": {"root": [1, 2, 3, 4, None, None, 5, 6, None, None, 7]}},
    {"tag": "right subtree deeper", "args": {"root": [3, 9, 20, None, None, 15, 7, 1, 2]}},
    {"tag": "repeated values", "args": {"root": [0, 0, 0, 0, None, 0]}},
    {"tag": "extreme values", "args": {"root": [HIGH, LOW, HIGH, None, LOW]}},
    {"tag": "zigzag path", "args": {"root": _distinct(15, "zigzag")}},
    {"tag": "perfect tree of 255 nodes", "args": {"root": _distinct(255, "complete")}},
    {"tag": "max nodes, complete", "args": {"root": _distinct(MAX_NODES, "complete")}},
    {"tag": "max nodes, random shape", "args": {"root": _distinct(MAX_NODES, "random")}},
    {"tag": "max nodes, left path", "args": {"root": _distinct(MAX_NODES, "left")}},
    {"tag": "max nodes, right path", "args": {"root": _distinct(MAX_NODES, "right")}},
    {"tag": "max nodes, long path with branches", "args": {"root": _distinct(MAX_NODES, "spine")}},
    {"tag": "max nodes, random shape, few values", "args": {"root": _tree(_rng, MAX_NODES, "random", -3, 3)}},
]

SHAPES = ["random", "random", "spine", "complete", "left", "right", "zigzag"]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        return {"root": draw(_small_tree(30, LOW, HIGH))}
    # big trees: Hypothesis alone rarely draws them
    size = draw(st.integers(0, MAX_NODES))
    rng = random.Random(draw(st.integers(0, 2**32)))
    return {"root": _tree(rng, size, draw(st.sampled_from(SHAPES)), LOW, HIGH)}


def inputs():
    return _inputs()


def valid(args):
    return _decode_check(args["root"], MAX_NODES, LOW, HIGH)


def large(n, rng):
    # a wide tree: the levels near the bottom hold about n / 2 nodes
    return {"root": _tree(rng, n, "complete", LOW, HIGH)}
