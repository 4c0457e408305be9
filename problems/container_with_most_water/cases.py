import random

from hypothesis import strategies as st

LOW, HIGH = 0, 10**4
MAX_LEN = 10**5
# The longest lists the correctness cases use. Longer ones would only test speed, and
# the growth check does that: an O(n^2) solution must still get right answers here
# (and so be judged "too slow", not "time limit exceeded").
LONG = 500

EXAMPLES = [
    {"args": {"height": [1, 8, 6, 2, 5, 4, 8, 3, 7]}, "expected": 49},
    {"args": {"height": [1, 1]}, "expected": 1},
    {"args": {"height": [4, 3, 2, 1, 4]}, "expected": 16},
]

_RANDOM = [random.Random(11 + i).randint(LOW, HIGH) for i in range(LONG)]
_V = [abs(i - LONG // 2) * 13 for i in range(LONG)]  # tall at both ends, 0 in the middle
_PEAK = [HIGH - abs(i - LONG // 2) * 13 for i in range(LONG)]  # tall in the middle
_TALL_ENDS = [HIGH] + [random.Random(12 + i).randint(LOW, 100) for i in range(LONG - 2)] + [HIGH]

HIDDEN = [
    {"tag": "two zeros", "args": {"height": [0, 0]}},
    {"tag": "one wall of zero", "args": {"height": [0, 10000]}},
    {"tag": "two tallest walls", "args": {"height": [10000, 10000]}},
    {"tag": "three walls", "args": {"height": [1, 2, 1]}},
    {"tag": "moving the taller wall loses", "args": {"height": [1, 2, 4, 3]}},
    {"tag": "tall pair close together", "args": {"height": [2, 3, 4, 5, 18, 17, 6]}},
    {"tag": "the two tallest are not the answer", "args": {"height": [5, 1, 1, 1, 1, 1, 9, 9, 5]}},
    {"tag": "increasing", "args": {"height": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}},
    {"tag": "decreasing", "args": {"height": [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]}},
    {"tag": "equal ends, better inside", "args": {"height": [1, 3, 2, 5, 25, 24, 5]}},
    {"tag": "zeros between", "args": {"height": [3, 0, 0, 0, 0, 3]}},
    {"tag": "all zeros", "args": {"height": [0, 0, 0, 0, 0]}},
    {"tag": "all equal", "args": {"height": [7] * 12}},
    {"tag": "long, random", "args": {"height": _RANDOM}},
    {"tag": "long, V shape", "args": {"height": _V}},
    {"tag": "long, peak in the middle", "args": {"height": _PEAK}},
    {"tag": "long, tallest at both ends", "args": {"height": _TALL_ENDS}},
    {"tag": "long, all at the maximum", "args": {"height": [HIGH] * LONG}},
]


@st.composite
def _inputs(draw):
    kind = draw(st.integers(0, 2))
    if kind == 0:
        return {"height": draw(st.lists(st.integers(0, 10), min_size=2, max_size=12))}
    if kind == 1:
        return {"height": draw(st.lists(st.integers(LOW, HIGH), min_size=2, max_size=20))}
    # long lists: Hypothesis alone rarely draws them
    size = draw(st.integers(2, LONG))
    top = draw(st.sampled_from([1, 100, HIGH]))
    rng = random.Random(draw(st.integers(0, 2**32)))
    return {"height": [rng.randint(LOW, top) for _ in range(size)]}


def inputs():
    return _inputs()


def valid(args):
    height = args["height"]
    if not 2 <= len(height) <= MAX_LEN:
        return "length out of range"
    if any(not LOW <= h <= HIGH for h in height):
        return "height out of range"
    return None


def large(n, rng):
    return {"height": [rng.randint(LOW, HIGH) for _ in range(max(n, 2))]}
