from hypothesis import strategies as st

MAX_LEN = 100
LOW, HIGH = 1, 50
MAX_TARGET = 30

EXAMPLES = [
    {"args": {"candidates": [4, 1, 3, 1, 2], "target": 5}, "expected": [[1, 1, 3], [1, 4], [2, 3]]},
    {"args": {"candidates": [3, 3, 3, 6], "target": 9}, "expected": [[3, 3, 3], [3, 6]]},
    {"args": {"candidates": [8, 9, 10], "target": 7}, "expected": []},
]

HIDDEN = [
    {"tag": "target 1, no 1", "args": {"candidates": [2, 3, 4], "target": 1}},
    {"tag": "target 1, a 1", "args": {"candidates": [5, 1, 1], "target": 1}},
    {"tag": "single candidate equals target", "args": {"candidates": [30], "target": 30}},
    {"tag": "single candidate too large", "args": {"candidates": [50], "target": 30}},
    {"tag": "each entry used once", "args": {"candidates": [3, 6], "target": 6}},
    {"tag": "equal entries, one combination", "args": {"candidates": [5, 5, 5], "target": 5}},
    {"tag": "equal entries used together", "args": {"candidates": [2, 2, 2], "target": 4}},
    {"tag": "unsorted, small first after a large one", "args": {"candidates": [8, 1, 2], "target": 3}},
    {"tag": "repeats apart, unsorted", "args": {"candidates": [2, 5, 2, 1, 2], "target": 5}},
    {"tag": "sum of all too small", "args": {"candidates": [1, 2, 3, 4], "target": 11}},
    {"tag": "sum of all exactly", "args": {"candidates": [4, 3, 2, 1], "target": 10}},
    {"tag": "every candidate too large", "args": {"candidates": [31, 40, 50, 50], "target": 30}},
    {"tag": "max length, all ones", "args": {"candidates": [1] * 100, "target": 30}},
    {"tag": "max length, all ones, odd target", "args": {"candidates": [1] * 100, "target": 29}},
    {"tag": "max length, ones and twos", "args": {"candidates": [1, 2] * 50, "target": 30}},
    {"tag": "max length, 1 to 50 twice", "args": {"candidates": list(range(50, 0, -1)) * 2, "target": 30}},
    {"tag": "max length, all 50", "args": {"candidates": [50] * 100, "target": 30}},
    {
        "tag": "max length, runs of small values",
        "args": {"candidates": [3] * 40 + [1] * 30 + [7] * 30, "target": 30},
    },
]


@st.composite
def _inputs(draw):
    kind = draw(st.sampled_from(["small", "repeats", "wide"]))
    if kind == "small":
        candidates = draw(st.lists(st.integers(LOW, 12), min_size=1, max_size=8))
    elif kind == "repeats":
        pool = draw(st.lists(st.integers(LOW, 10), min_size=1, max_size=3, unique=True))
        candidates = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=MAX_LEN))
    else:
        candidates = draw(st.lists(st.integers(LOW, HIGH), min_size=1, max_size=MAX_LEN))
    target = draw(st.integers(1, MAX_TARGET))
    return {"candidates": candidates, "target": target}


def inputs():
    return _inputs()


def valid(args):
    candidates, target = args["candidates"], args["target"]
    if type(candidates) is not list or not 1 <= len(candidates) <= MAX_LEN:
        return "length out of range"
    if any(type(c) is not int or not LOW <= c <= HIGH for c in candidates):
        return "candidate out of range"
    if type(target) is not int or not 1 <= target <= MAX_TARGET:
        return "target out of range"
    return None


def large(n, rng):
    # n entries, all ones and twos: few distinct combinations, but a great many ways to
    # pick the same numbers from different positions
    candidates = [rng.choice([1, 2]) for _ in range(n)]
    return {"candidates": candidates, "target": max(1, n // 2)}


def check(args, expected, got):
    """Right when `got` holds every distinct combination once, in any order."""
    try:
        if type(got) is not list or len(got) != len(expected):
            return False
        want = {tuple(sorted(c)) for c in expected}
        seen = set()
        for combo in got:
            if type(combo) is not list or any(type(x) is not int for x in combo):
                return False
            key = tuple(sorted(combo))
            if key not in want or key in seen:
                return False
            seen.add(key)
        return True
    except Exception:
        return False
