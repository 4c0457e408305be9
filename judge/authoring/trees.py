"""Binary trees as LeetCode writes them: level order, None for a missing child.

A tree is built as child index lists (node 0 is the root, -1 is no child) and then
written in level order, so a test can pick the shape (complete, a path, a zigzag,
random) and the values separately.
"""

from __future__ import annotations

import random
from typing import Any

from hypothesis import strategies as st

Children = tuple[list[int], list[int]]

SHAPES = ("complete", "left", "right", "zigzag", "random", "spine")


def shape(rng: random.Random, n: int, kind: str) -> Children:
    """left/right child index lists (-1: none) of an n-node tree rooted at 0."""
    left, right = [-1] * n, [-1] * n
    sides = (left, right)
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
            on = {"left": left, "right": right}.get(kind) or (left if i % 2 else right)
            on[i - 1] = i
        return left, right
    # "random": every new node takes a free child slot chosen at random;
    # "spine": half the nodes form one long path, the rest hang anywhere
    start = 1
    if kind == "spine":
        start = max(1, n // 2)
        for i in range(1, start):
            (left if rng.random() < 0.5 else right)[i - 1] = i
    slots = [(i, s) for i in range(start) for s in (0, 1) if sides[s][i] == -1]
    for i in range(start, n):
        k = rng.randrange(len(slots))
        slots[k], slots[-1] = slots[-1], slots[k]
        parent, side = slots.pop()
        sides[side][parent] = i
        slots += [(i, 0), (i, 1)]
    return left, right


def level_order(values: list[Any], left: list[int], right: list[int]) -> list[Any]:
    """Level-order list of the tree with node i holding values[i]."""
    if not values:
        return []
    out: list[Any] = []
    queue, i = [0], 0
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


def children(level: list[Any]) -> tuple[list[Any], list[int], list[int]]:
    """values, left, right of a level-order tree (node 0 the root, -1 no child): the
    inverse of level_order, for building a case from another (a subtree, a changed copy)."""
    if not level:
        return [], [], []
    values, left, right = [level[0]], [-1], [-1]
    parents, i = [0], 1
    for parent in parents:
        for side in (left, right):
            if i >= len(level):
                return values, left, right
            if level[i] is not None:
                side[parent] = len(values)
                parents.append(len(values))
                values.append(level[i])
                left.append(-1)
                right.append(-1)
            i += 1
    return values, left, right


def random_tree(rng: random.Random, n: int, kind: str, low: int, high: int) -> list[int | None]:
    """An n-node tree of the given shape (SHAPES) with values drawn from [low, high]."""
    left, right = shape(rng, n, kind)
    return level_order([rng.randint(low, high) for _ in range(n)], left, right)


def check_level_order(level: Any, max_nodes: int, low: int, high: int) -> str | None:
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
def small_trees(draw: st.DrawFn, max_size: int, low: int, high: int) -> list[int | None]:
    """Trees of up to max_size nodes drawn node by node, so that Hypothesis shrinks them well."""
    n = draw(st.integers(0, max_size))
    values = draw(st.lists(st.integers(low, high), min_size=n, max_size=n))
    left, right = [-1] * n, [-1] * n
    sides = (left, right)
    slots = [(0, 0), (0, 1)]
    for i in range(1, n):
        parent, side = slots.pop(draw(st.integers(0, len(slots) - 1)))
        sides[side][parent] = i
        slots += [(i, 0), (i, 1)]
    return level_order(values, left, right)
