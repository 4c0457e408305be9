from hypothesis import strategies as st

LOW, HIGH = 1, 45
LARGE_CAP = 2_000  # past ~2500 levels, memoized recursion (@cache) slows down per level in CPython

EXAMPLES = [
    {"args": {"n": 2}, "expected": 2},
    {"args": {"n": 3}, "expected": 3},
]

HIDDEN = [
    {"tag": "smallest n", "args": {"n": 1}},
    {"tag": "n = 4", "args": {"n": 4}},
    {"tag": "n = 5", "args": {"n": 5}},
    {"tag": "n = 6", "args": {"n": 6}},
    {"tag": "n = 7", "args": {"n": 7}},
    {"tag": "n = 10", "args": {"n": 10}},
    {"tag": "n = 13", "args": {"n": 13}},
    {"tag": "n = 20", "args": {"n": 20}},
    {"tag": "n = 25", "args": {"n": 25}},
    {"tag": "n = 30", "args": {"n": 30}},
    {"tag": "n = 35", "args": {"n": 35}},
    {"tag": "n = 38", "args": {"n": 38}},
    {"tag": "n = 40", "args": {"n": 40}},
    {"tag": "n = 43", "args": {"n": 43}},
    {"tag": "n = 44", "args": {"n": 44}},
    {"tag": "largest n, answer past 2^30", "args": {"n": 45}},
]


def inputs():
    return st.builds(lambda n: {"n": n}, st.integers(LOW, HIGH))


def valid(args):
    n = args.get("n")
    if type(n) is not int:
        return "n is not an integer"
    if not LOW <= n <= HIGH:
        return "n out of range"
    return None


def large(n, rng):
    return {"n": max(1, min(n, LARGE_CAP))}
