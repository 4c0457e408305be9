import random

from hypothesis import strategies as st

LOW, HIGH = 30, 100
MAX_LEN = 100_000  # the constraint
TEST_LEN = 2_000  # longest list in hidden cases and generated inputs (see statement Notes)

EXAMPLES = [
    {"args": {"temperatures": [73, 74, 75, 71, 69, 72, 76, 73]}, "expected": [1, 1, 4, 2, 1, 1, 0, 0]},
    {"args": {"temperatures": [30, 40, 50, 60]}, "expected": [1, 1, 1, 0]},
    {"args": {"temperatures": [30, 60, 90]}, "expected": [1, 1, 0]},
    {"args": {"temperatures": [50, 50, 49, 51]}, "expected": [3, 2, 1, 0]},
]

_rng = random.Random(739)
_RANDOM_LONG = [_rng.randint(LOW, HIGH) for _ in range(TEST_LEN)]
# a long cool stretch: the first day waits until the very last one
_FAR = [31] + [30] * (TEST_LEN - 2) + [32]
# repeated descending ramps 100..30: most days wait for the next ramp's top
_SAW = [HIGH - (i % (HIGH - LOW + 1)) for i in range(TEST_LEN)]
# half the days at the top temperature, never followed by a warmer one
_HOT = [HIGH if _rng.random() < 0.5 else _rng.randint(LOW, HIGH) for _ in range(TEST_LEN)]

HIDDEN = [
    {"tag": "single day", "args": {"temperatures": [70]}},
    {"tag": "two days, warmer second", "args": {"temperatures": [30, 31]}},
    {"tag": "two days, cooler second", "args": {"temperatures": [100, 99]}},
    {"tag": "two equal days", "args": {"temperatures": [55, 55]}},
    {"tag": "all equal", "args": {"temperatures": [64] * 12}},
    {"tag": "plateau then warmer", "args": {"temperatures": [70, 70, 70, 71]}},
    {"tag": "strictly increasing", "args": {"temperatures": list(range(30, 101))}},
    {"tag": "strictly decreasing", "args": {"temperatures": list(range(100, 29, -1))}},
    {"tag": "warmer day is the last day", "args": {"temperatures": [40, 35, 38, 33, 36, 41]}},
    {"tag": "valley", "args": {"temperatures": [90, 80, 70, 60, 70, 80, 90, 100]}},
    {"tag": "zigzag", "args": {"temperatures": [30, 100, 30, 100, 30, 100, 30]}},
    {"tag": "peak in the middle", "args": {"temperatures": [34, 80, 73, 30, 75, 31, 89]}},
    {"tag": "extreme values", "args": {"temperatures": [LOW, HIGH, LOW, HIGH - 1, HIGH]}},
    {"tag": "late answer for an early day",
     "args": {"temperatures": [89, 62, 70, 58, 47, 47, 46, 76, 100, 70]}},
    {"tag": "longest, random", "args": {"temperatures": _RANDOM_LONG}},
    {"tag": "longest, first day waits to the end", "args": {"temperatures": _FAR}},
    {"tag": "longest, descending ramps", "args": {"temperatures": _SAW}},
    {"tag": "longest, all at the top", "args": {"temperatures": [HIGH] * TEST_LEN}},
    {"tag": "longest, half at the top", "args": {"temperatures": _HOT}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        element = st.one_of(st.integers(LOW, LOW + 4), st.integers(LOW, HIGH))
        values = draw(st.lists(element, min_size=1, max_size=30))
    else:  # long lists: Hypothesis alone rarely draws them
        size = draw(st.integers(1, TEST_LEN))
        seed = draw(st.integers(0, 2**32))
        rng = random.Random(seed)
        low = rng.randint(LOW, HIGH)
        values = [rng.randint(low, HIGH) for _ in range(size)]
    return {"temperatures": values}


def inputs():
    return _inputs()


def valid(args):
    temps = args["temperatures"]
    if type(temps) is not list or not 1 <= len(temps) <= MAX_LEN:
        return "length out of range"
    if any(type(t) is not int or not LOW <= t <= HIGH for t in temps):
        return "temperature out of range"
    return None


def large(n, rng):
    # half the days at the top temperature: a day-by-day forward scan from each of them
    # runs to the end of the list
    return {"temperatures": [HIGH if rng.random() < 0.5 else rng.randint(LOW, HIGH) for _ in range(n)]}
