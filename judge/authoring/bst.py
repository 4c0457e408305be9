"""Binary search trees for cases.py, as parallel arrays: node 0 is the root, vals[i]
is node i's value, lefts[i] and rights[i] its children (None: no child).

`level_order` writes such a tree the way LeetCode does; `fill_in_order` puts sorted
values into any shape so that it is a valid BST.
"""

from __future__ import annotations

import random
from collections import deque
from typing import Any

from judge.authoring import trees

Children = list[int | None]


def level_order(vals: list[Any], lefts: Children, rights: Children) -> list[Any]:
    """Level order (LeetCode's form) of a tree given as parallel arrays; node 0 is the root."""
    return trees.level_order(vals, _indices(lefts), _indices(rights))


def _indices(children: Children) -> list[int]:
    """trees' convention: -1 for no child."""
    return [-1 if c is None else c for c in children]


def in_order(lefts: Children, rights: Children) -> list[int]:
    """The nodes in in-order (left subtree, node, right subtree)."""
    order: list[int] = []
    stack: list[int] = []
    node: int | None = 0
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = lefts[node]
        node = stack.pop()
        order.append(node)
        node = rights[node]
    return order


def random_shape(n: int, r: random.Random, skew: float = 0.5) -> tuple[Children, Children]:
    """Child arrays of a random binary tree with n nodes (skew near 1: long paths)."""
    lefts: Children = [None] * n
    rights: Children = [None] * n
    free = [(0, "L"), (0, "R")]
    for i in range(1, n):
        if r.random() < skew:
            k = len(free) - 1 - min(len(free) - 1, int(r.expovariate(1.0)))  # a recent slot
        else:
            k = r.randrange(len(free))
        parent, side = free[k]
        free[k] = free[-1]
        free.pop()
        (lefts if side == "L" else rights)[parent] = i
        free += [(i, "L"), (i, "R")]
    return lefts, rights


def fill_in_order(sorted_values: list[Any], lefts: Children, rights: Children) -> list[Any]:
    """The shape filled with sorted_values in in-order: a valid BST when they are distinct."""
    vals: list[Any] = [None] * len(lefts)
    for node, v in zip(in_order(lefts, rights), sorted_values, strict=True):
        vals[node] = v
    return vals


def balanced(sorted_values: list[Any]) -> list[Any]:
    """Level order of the height-balanced BST holding sorted_values."""
    out: list[Any] = []
    queue = deque([(0, len(sorted_values) - 1)])
    while queue:
        lo, hi = queue.popleft()
        if lo > hi:
            out.append(None)
            continue
        mid = (lo + hi) // 2
        out.append(sorted_values[mid])
        queue.append((lo, mid - 1))
        queue.append((mid + 1, hi))
    while out and out[-1] is None:
        out.pop()
    return out


def right_chain(values: list[Any]) -> list[Any]:
    """Level order of a path of right children holding values from the top down."""
    out: list[Any] = []
    for v in values:
        out += [v, None]
    return out[:-1]


def left_chain(values: list[Any]) -> list[Any]:
    """Level order of a path of left children holding values from the top down."""
    out: list[Any] = [values[0]]
    for v in values[1:]:
        out += [v, None]
    return out[:-1] if len(out) > 1 else out


def zigzag(n: int, low: int, high: int) -> tuple[list[int], Children, Children]:
    """A path that turns at every step: low+k and high-k alternate, so it is a valid BST."""
    vals: list[int] = []
    lefts: Children = [None] * n
    rights: Children = [None] * n
    for i in range(n):
        vals.append(high - i // 2 if i % 2 == 0 else low + i // 2)
        if i + 1 < n:
            (lefts if i % 2 == 0 else rights)[i] = i + 1
    return vals, lefts, rights
