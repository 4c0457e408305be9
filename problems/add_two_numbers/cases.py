import random

from hypothesis import strategies as st

MAX_LEN = 100

EXAMPLES = [
    {"args": {"l1": [2, 4, 3], "l2": [5, 6, 4]}, "expected": [7, 0, 8]},
    {"args": {"l1": [0], "l2": [0]}, "expected": [0]},
    {"args": {"l1": [9, 9, 1], "l2": [3]}, "expected": [2, 0, 2]},
    {"args": {"l1": [5], "l2": [5]}, "expected": [0, 1]},
]

_rng = random.Random(2)


def _number(rng, size):
    """The digits of a random number of `size` digits, ones digit first."""
    if size == 1:
        return [rng.randint(0, 9)]
    return [rng.randint(0, 9) for _ in range(size - 1)] + [rng.randint(1, 9)]


HIDDEN = [
    {"tag": "zero plus a digit", "args": {"l1": [0], "l2": [7]}},
    {"tag": "a digit plus zero", "args": {"l1": [4], "l2": [0]}},
    {"tag": "one digit each, no carry", "args": {"l1": [3], "l2": [4]}},
    {"tag": "one digit each, sum exactly ten", "args": {"l1": [3], "l2": [7]}},
    {"tag": "one digit each, largest sum", "args": {"l1": [9], "l2": [9]}},
    {"tag": "carry through every digit", "args": {"l1": [9, 9, 9, 9], "l2": [1]}},
    {"tag": "carry into the first list's tail", "args": {"l1": [1], "l2": [9, 9, 9, 9]}},
    {"tag": "first longer, no carry", "args": {"l1": [1, 2, 3, 4, 5], "l2": [1, 1]}},
    {"tag": "second longer, no carry", "args": {"l1": [2], "l2": [0, 0, 0, 0, 1]}},
    {"tag": "carry stops inside the tail", "args": {"l1": [9, 9, 9, 2, 7], "l2": [1]}},
    {"tag": "same length, final carry", "args": {"l1": [2, 4, 6], "l2": [8, 5, 3]}},
    {"tag": "zeros inside", "args": {"l1": [0, 0, 1], "l2": [0, 0, 0, 0, 2]}},
    {"tag": "a carry from every column", "args": {"l1": [5, 5, 5, 5], "l2": [5, 5, 5, 5]}},
    {"tag": "carries that land on nines", "args": {"l1": [1, 9, 9, 9], "l2": [9, 0, 0, 0, 9]}},
    {"tag": "max length, all nines", "args": {"l1": [9] * MAX_LEN, "l2": [9] * MAX_LEN}},
    {"tag": "max length plus one", "args": {"l1": [9] * MAX_LEN, "l2": [1]}},
    {"tag": "one digit plus max length", "args": {"l1": [0], "l2": _number(_rng, MAX_LEN)}},
    {"tag": "max length, random", "args": {"l1": _number(_rng, MAX_LEN), "l2": _number(_rng, MAX_LEN)}},
    {"tag": "max length and 99", "args": {"l1": _number(_rng, 99), "l2": _number(_rng, MAX_LEN)}},
]


@st.composite
def _number_strategy(draw):
    if draw(st.booleans()):
        low = draw(st.lists(st.integers(0, 9), max_size=12))
        if not low:
            return [draw(st.integers(0, 9))]
        return [*low, draw(st.integers(1, 9))]
    # long numbers: Hypothesis alone rarely draws them
    size = draw(st.integers(1, MAX_LEN))
    rng = random.Random(draw(st.integers(0, 2**32)))
    digits = _number(rng, size)
    if rng.random() < 0.3:  # long runs of nines make long carries
        digits = [9 if rng.random() < 0.9 else d for d in digits[:-1]] + digits[-1:]
    return digits


def inputs():
    return st.fixed_dictionaries({"l1": _number_strategy(), "l2": _number_strategy()})


def valid(args):
    for name in ("l1", "l2"):
        digits = args[name]
        if type(digits) is not list or not 1 <= len(digits) <= MAX_LEN:
            return f"{name} does not have 1 to {MAX_LEN} nodes"
        if any(type(d) is not int or not 0 <= d <= 9 for d in digits):
            return f"{name} has a value that is not a digit"
        if len(digits) > 1 and digits[-1] == 0:
            return f"{name} has a leading zero"
    return None


def large(n, rng):
    # two numbers of n/2 digits each, with runs of nines so that carries travel far
    half = max(1, n // 2)
    first = [9 if rng.random() < 0.5 else rng.randint(0, 9) for _ in range(half - 1)] + [9]
    return {"l1": first, "l2": _number(rng, max(1, n - half))}
