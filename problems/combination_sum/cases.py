import random

from hypothesis import strategies as st

MAX_LEN = 30
LOW, HIGH = 2, 40
MAX_TARGET = 40
MAX_COMBINATIONS = 149

EXAMPLES = [
    {"args": {"candidates": [3, 4, 7], "target": 7}, "expected": [[3, 4], [7]]},
    {"args": {"candidates": [2, 5], "target": 9}, "expected": [[2, 2, 5]]},
    {"args": {"candidates": [2, 3, 6], "target": 6}, "expected": [[2, 2, 2], [3, 3], [6]]},
    {"args": {"candidates": [5], "target": 3}, "expected": []},
]

HIDDEN = [
    {"tag": "target 1", "args": {"candidates": [2, 3, 4], "target": 1}},
    {"tag": "target below every candidate", "args": {"candidates": [9, 12, 40], "target": 8}},
    {"tag": "single candidate equals target", "args": {"candidates": [7], "target": 7}},
    {"tag": "single candidate repeated", "args": {"candidates": [2], "target": 40}},
    {"tag": "single candidate does not divide", "args": {"candidates": [3], "target": 40}},
    {"tag": "unsorted candidates", "args": {"candidates": [8, 2, 6, 4], "target": 10}},
    {"tag": "one combination, two orders", "args": {"candidates": [2, 3], "target": 5}},
    {"tag": "needs a repeated number", "args": {"candidates": [3, 5, 11], "target": 13}},
    {"tag": "candidate larger than target mixed in", "args": {"candidates": [40, 2, 39, 3], "target": 7}},
    {"tag": "largest values", "args": {"candidates": [40, 39, 20], "target": 40}},
    {"tag": "max length, few combinations", "args": {"candidates": list(range(11, 41)), "target": 40}},
    {"tag": "max length, small numbers", "args": {"candidates": list(range(40, 10, -1)), "target": 33}},
    {"tag": "close to 150 combinations", "args": {"candidates": [2, 3, 4, 5], "target": 40}},
    {"tag": "many small numbers", "args": {"candidates": [2, 3, 5, 7, 11, 13], "target": 30}},
    {"tag": "no combination at all", "args": {"candidates": [4, 6, 10], "target": 39}},
    {"tag": "target is a candidate and a sum", "args": {"candidates": [2, 4, 8], "target": 8}},
    {"tag": "odd target, even and odd numbers", "args": {"candidates": [2, 7, 9], "target": 25}},
]


def count(candidates, target):
    ways = [1] + [0] * target
    for c in candidates:
        for t in range(c, target + 1):
            ways[t] += ways[t - c]
    return ways[target]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        candidates = draw(st.lists(st.integers(LOW, 12), min_size=1, max_size=6, unique=True))
    else:
        candidates = draw(st.lists(st.integers(LOW, HIGH), min_size=1, max_size=MAX_LEN, unique=True))
    target = draw(st.integers(1, MAX_TARGET))
    while count(candidates, target) > MAX_COMBINATIONS:  # keep the stated bound
        target -= 1
    return {"candidates": candidates, "target": target}


def inputs():
    return _inputs()


def valid(args):
    candidates, target = args["candidates"], args["target"]
    if not 1 <= len(candidates) <= MAX_LEN:
        return "length out of range"
    if any(type(c) is not int or not LOW <= c <= HIGH for c in candidates):
        return "candidate out of range"
    if len(set(candidates)) != len(candidates):
        return "candidates are not distinct"
    if type(target) is not int or not 1 <= target <= MAX_TARGET:
        return "target out of range"
    if count(candidates, target) > MAX_COMBINATIONS:
        return "150 combinations or more"
    return None


def large(n, rng):
    # combinations of up to n numbers: about n/3 of them, but many orders of each
    return {"candidates": rng.sample([2, 3], 2), "target": 2 * n}


def check(args, expected, got):
    if type(got) is not list or len(got) != len(expected):
        return False
    seen = set()
    for combo in got:
        if type(combo) is not list or any(type(x) is not int for x in combo):
            return False
        seen.add(tuple(sorted(combo)))
    return seen == {tuple(sorted(c)) for c in expected}
