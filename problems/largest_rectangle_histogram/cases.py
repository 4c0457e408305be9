import random

from hypothesis import strategies as st

LOW, HIGH = 0, 10_000
MAX_LEN = 100_000  # the constraint
TEST_LEN = 1_000  # longest list in hidden cases and generated inputs (see statement Notes)

EXAMPLES = [
    {"args": {"heights": [2, 1, 5, 6, 2, 3]}, "expected": 10},
    {"args": {"heights": [2, 4]}, "expected": 4},
    {"args": {"heights": [3, 1, 3]}, "expected": 3},
    {"args": {"heights": [0]}, "expected": 0},
]

_rng = random.Random(84)
_RANDOM_LONG = [_rng.randint(LOW, HIGH) for _ in range(TEST_LEN)]
_SMALL_LONG = [_rng.randint(0, 5) for _ in range(TEST_LEN)]
_PYRAMID = list(range(1, TEST_LEN // 2 + 1)) + list(range(TEST_LEN // 2, 0, -1))

HIDDEN = [
    {"tag": "single bar", "args": {"heights": [7]}},
    {"tag": "single bar, maximum height", "args": {"heights": [HIGH]}},
    {"tag": "two bars, taller first", "args": {"heights": [5, 3]}},
    {"tag": "all zeros", "args": {"heights": [0, 0, 0, 0]}},
    {"tag": "all equal", "args": {"heights": [6, 6, 6, 6, 6]}},
    {"tag": "increasing", "args": {"heights": [1, 2, 3, 4, 5]}},
    {"tag": "decreasing", "args": {"heights": [5, 4, 3, 2, 1]}},
    {"tag": "low bar spans everything", "args": {"heights": [2, 1, 2]}},
    {"tag": "zero splits the histogram", "args": {"heights": [4, 2, 0, 3, 2, 5]}},
    {"tag": "one tall thin bar wins", "args": {"heights": [1, 1, 1, 100, 1, 1]}},
    {"tag": "wide low rectangle wins", "args": {"heights": [3, 3, 3, 9, 3, 3, 3]}},
    {"tag": "valley", "args": {"heights": [6, 5, 4, 1, 4, 5, 6]}},
    {"tag": "equal heights after a dip", "args": {"heights": [4, 4, 2, 4, 4, 4]}},
    {"tag": "best in the middle", "args": {"heights": [1, 6, 7, 6, 1, 2]}},
    {"tag": "extreme values", "args": {"heights": [HIGH, 0, HIGH, HIGH]}},
    {"tag": "longest, all maximum", "args": {"heights": [HIGH] * TEST_LEN}},
    {"tag": "longest, increasing", "args": {"heights": list(range(1, TEST_LEN + 1))}},
    {"tag": "longest, decreasing", "args": {"heights": list(range(TEST_LEN, 0, -1))}},
    {"tag": "longest, pyramid", "args": {"heights": _PYRAMID}},
    {"tag": "longest, random", "args": {"heights": _RANDOM_LONG}},
    {"tag": "longest, small heights with zeros", "args": {"heights": _SMALL_LONG}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        values = st.one_of(st.integers(0, 6), st.integers(LOW, HIGH))
        heights = draw(st.lists(values, min_size=1, max_size=30))
    else:  # long lists: Hypothesis alone rarely draws them
        size = draw(st.integers(1, TEST_LEN))
        rng = random.Random(draw(st.integers(0, 2**32)))
        top = rng.choice([1, 5, 100, HIGH])
        heights = [rng.randint(0, top) for _ in range(size)]
        if rng.random() < 0.3:
            heights.sort(reverse=rng.random() < 0.5)
    return {"heights": heights}


def inputs():
    return _inputs()


def valid(args):
    heights = args["heights"]
    if type(heights) is not list or not 1 <= len(heights) <= MAX_LEN:
        return "length out of range"
    if any(type(h) is not int or not LOW <= h <= HIGH for h in heights):
        return "height out of range"
    return None


def large(n, rng):
    # rising bars, many of a height: the input that makes the usual quadratic approaches show
    # it (from each bar, spread while the neighbours are as tall: every bar reaches the end;
    # split at the lowest bar found by a scan: it is always the first); random heights let
    # both look O(n log n)
    return {"heights": sorted(rng.randint(1, HIGH) for _ in range(n))}
