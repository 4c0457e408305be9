from hypothesis import strategies as st

LOW, HIGH = 1, 8

EXAMPLES = [
    {"args": {"n": 3}, "expected": ["((()))", "(()())", "(())()", "()(())", "()()()"]},
    {"args": {"n": 1}, "expected": ["()"]},
    {"args": {"n": 2}, "expected": ["(())", "()()"]},
]

# Only eight inputs exist (1 <= n <= 8) and every one is a hidden case: fifteen distinct
# ones cannot be had, and a repeated case would test nothing new. ALL_INPUTS tells
# `judge verify` so (it checks that HIDDEN holds each of them).
ALL_INPUTS = [{"n": n} for n in range(LOW, HIGH + 1)]

HIDDEN = [
    {"tag": "one pair", "args": {"n": 1}},
    {"tag": "two pairs", "args": {"n": 2}},
    {"tag": "three pairs", "args": {"n": 3}},
    {"tag": "four pairs: (())(()) is neither wrapped nor ()-joined", "args": {"n": 4}},
    {"tag": "five pairs", "args": {"n": 5}},
    {"tag": "six pairs", "args": {"n": 6}},
    {"tag": "seven pairs", "args": {"n": 7}},
    {"tag": "eight pairs, the most", "args": {"n": 8}},
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
    # n counts the characters of each string: n // 2 pairs, as many as the constraints allow
    return {"n": max(LOW, min(HIGH, n // 2))}


def check(args, expected, got):
    if type(got) is not list or len(got) != len(expected):
        return False
    if any(type(s) is not str for s in got):
        return False
    return set(got) == set(expected)
