from hypothesis import strategies as st

LOW, HIGH = 1, 9

EXAMPLES = [
    {"args": {"n": 4}, "expected": [[".Q..", "...Q", "Q...", "..Q."], ["..Q.", "Q...", "...Q", ".Q.."]]},
    {"args": {"n": 1}, "expected": [["Q"]]},
    {"args": {"n": 3}, "expected": []},
]

# Only nine inputs exist (1 <= n <= 9) and every one is a hidden case: fifteen distinct
# ones cannot be had, and a repeated case would test nothing new. ALL_INPUTS tells
# `judge verify` so (it checks that HIDDEN holds each of them).
ALL_INPUTS = [{"n": n} for n in range(LOW, HIGH + 1)]

HIDDEN = [
    {"tag": "one square, one queen", "args": {"n": 1}},
    {"tag": "n = 2, no way", "args": {"n": 2}},
    {"tag": "n = 3, no way", "args": {"n": 3}},
    {"tag": "n = 4, the smallest with a way", "args": {"n": 4}},
    {"tag": "n = 5", "args": {"n": 5}},
    {"tag": "n = 6, fewer ways than n = 5", "args": {"n": 6}},
    {"tag": "n = 7", "args": {"n": 7}},
    {"tag": "n = 8, 92 boards", "args": {"n": 8}},
    {"tag": "n = 9, the most", "args": {"n": 9}},
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
    # past 9 the number of boards, and the search, grow too fast to be worth timing
    return {"n": max(LOW, min(HIGH, n))}


def check(args, expected, got):
    """Right when `got` holds every board once, in any order."""
    try:
        if type(got) is not list or len(got) != len(expected):
            return False
        seen = set()
        for board in got:
            if type(board) is not list or any(type(row) is not str for row in board):
                return False
            seen.add(tuple(board))
        return seen == {tuple(board) for board in expected}
    except Exception:
        return False
