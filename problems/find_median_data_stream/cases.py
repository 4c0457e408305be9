import math
import random

from hypothesis import strategies as st

LOW, HIGH = -(10**5), 10**5
MAX_CALLS = 5 * 10**4
TOLERANCE = 1e-5


def _ops(*calls):
    """Operations and arguments from a sequence of numbers (addNum) and None (findMedian)."""
    return {
        "operations": ["MedianFinder"] + ["findMedian" if c is None else "addNum" for c in calls],
        "arguments": [[]] + [[] if c is None else [c] for c in calls],
    }


Q = None  # a findMedian call

EXAMPLES = [
    {"args": _ops(4, Q, 10, Q, -2, Q), "expected": [None, None, 4.0, None, 7.0, None, 4.0]},
    {"args": _ops(5, 5, 1, 2, Q), "expected": [None, None, None, None, None, 3.5]},
]


def _after_each(nums):
    calls = []
    for x in nums:
        calls += [x, Q]
    return _ops(*calls)


def _asked_after_every_number():  # 2 * 10^4 calls
    rng = random.Random(2957)
    return _after_each([rng.randint(LOW, HIGH) for _ in range(10**4)])


def _max_calls():
    rng = random.Random(295)
    calls = []
    while len(calls) < MAX_CALLS:
        calls.append(rng.randint(LOW, HIGH))
        if rng.random() < 0.005:
            calls.append(Q)
    return _ops(*calls[:MAX_CALLS - 1], Q)


HIDDEN = [
    {"tag": "one number", "args": _ops(-7, Q)},
    {"tag": "two numbers, half", "args": _ops(1, 2, Q)},
    {"tag": "negative half", "args": _ops(-1, -2, Q)},
    {"tag": "asked twice in a row", "args": _ops(3, Q, Q, 8, Q, Q)},
    {"tag": "extremes average to zero", "args": _ops(HIGH, LOW, Q, HIGH, Q, LOW, Q)},
    {"tag": "largest values", "args": _ops(HIGH, HIGH, Q, HIGH - 1, Q)},
    {"tag": "all equal", "args": _after_each([6] * 9)},
    {"tag": "increasing", "args": _after_each(list(range(1, 12)))},
    {"tag": "decreasing", "args": _after_each(list(range(10, -11, -2)))},
    {"tag": "alternating low and high", "args": _after_each([0, 100, -100, 200, -200, 300, -300, 50])},
    {"tag": "duplicates around the middle", "args": _after_each([5, 1, 5, 9, 5, 5, 2, 8])},
    {"tag": "new number lands in the low half", "args": _ops(10, 20, 30, 40, Q, 1, Q, 2, Q)},
    {"tag": "new number lands in the high half", "args": _ops(-10, -20, -30, -40, Q, 100, Q, 99, Q)},
    {"tag": "odd halves with zero", "args": _ops(-3, 0, 3, Q, 0, Q, 0, Q)},
    {"tag": "many numbers, one question", "args": _ops(*[(i * 7919) % 20001 - 10000 for i in range(MAX_CALLS - 1)], Q)},
    {"tag": "max number of calls, a question now and then", "args": _max_calls()},
    {"tag": "sorted ascending then asked each time", "args": _after_each(list(range(-5000, 5000, 2)))},
    # sorting a copy of every number for each question (O(n^2 log n)) takes 10 s here;
    # sorting the kept list in place when asked (timsort: one new number, O(n)) 0.4 s
    {"tag": "10^4 numbers, asked after every one", "args": _asked_after_every_number()},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        value = st.one_of(st.integers(-5, 5), st.integers(LOW, HIGH), st.sampled_from([LOW, HIGH]))
        calls = draw(st.lists(st.one_of(value, st.none()), max_size=40))
    else:  # up to the maximum number of calls, from a drawn size and seed
        size = draw(st.integers(1, MAX_CALLS))
        rng = random.Random(draw(st.integers(0, 2**32)))
        spread = rng.choice([3, 1000, HIGH])
        # long streams get a question now and then, shorter ones possibly after every number
        ask = rng.random() * min(1.0, 200 / size) if size > 8000 else rng.random()
        calls = [Q if rng.random() < ask else rng.randint(-spread, spread) for _ in range(size)]
    # a question needs a number before it
    first = next((i for i, c in enumerate(calls) if c is not None), len(calls))
    return _ops(*calls[first:])


def inputs():
    return _inputs()


def valid(args):
    ops, argv = args["operations"], args["arguments"]
    if len(ops) != len(argv) or not ops:
        return "operations and arguments differ in length"
    if ops[0] != "MedianFinder" or argv[0] != []:
        return "the first operation must be MedianFinder()"
    if len(ops) - 1 > MAX_CALLS:
        return "too many calls"
    added = 0
    for op, a in zip(ops[1:], argv[1:]):
        if op == "addNum":
            if len(a) != 1 or type(a[0]) is not int or not LOW <= a[0] <= HIGH:
                return "addNum takes one integer in range"
            added += 1
        elif op == "findMedian":
            if a != []:
                return "findMedian takes no arguments"
            if not added:
                return "findMedian before any addNum"
        else:
            return f"unknown operation {op!r}"
    return None


def large(n, rng):
    # n calls: random numbers, a question after each number
    calls = []
    while len(calls) < n:
        calls.append(rng.randint(LOW, HIGH))
        calls.append(Q)
    return _ops(*calls[:max(1, n)])


def check(args, expected, got):
    # an int median is the same number as the float (LeetCode accepts `return 4`)
    if type(got) is not list or len(got) != len(expected):
        return False
    for e, g in zip(expected, got):
        if e is None:
            if g is not None:
                return False
        elif type(g) not in (int, float):
            return False
        else:
            try:
                if not math.isclose(float(g), e, rel_tol=TOLERANCE, abs_tol=TOLERANCE):
                    return False
            except (OverflowError, ValueError):
                return False
    return True
