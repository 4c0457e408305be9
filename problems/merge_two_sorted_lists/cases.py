import random
from itertools import pairwise

from hypothesis import strategies as st

LOW, HIGH = -100, 100
MAX_LEN = 50

EXAMPLES = [
    {"args": {"list1": [1, 3, 8], "list2": [2, 3, 4, 10]}, "expected": [1, 2, 3, 3, 4, 8, 10]},
    {"args": {"list1": [], "list2": []}, "expected": []},
    {"args": {"list1": [], "list2": [0]}, "expected": [0]},
    {"args": {"list1": [-5, 7], "list2": [-9]}, "expected": [-9, -5, 7]},
]

_rng = random.Random(21)
_R1 = sorted(_rng.randint(LOW, HIGH) for _ in range(MAX_LEN))
_R2 = sorted(_rng.randint(LOW, HIGH) for _ in range(MAX_LEN))

HIDDEN = [
    {"tag": "second list empty", "args": {"list1": [1, 2, 4], "list2": []}},
    {"tag": "first list empty, long second", "args": {"list1": [], "list2": list(range(-25, 25))}},
    {"tag": "one node each, first smaller", "args": {"list1": [1], "list2": [2]}},
    {"tag": "one node each, second smaller", "args": {"list1": [2], "list2": [1]}},
    {"tag": "one node each, equal", "args": {"list1": [5], "list2": [5]}},
    {"tag": "first entirely before second", "args": {"list1": [1, 2, 3], "list2": [4, 5, 6, 7]}},
    {"tag": "second entirely before first", "args": {"list1": [10, 20, 30], "list2": [-3, -2]}},
    {"tag": "first list's tail left over", "args": {"list1": [1, 50, 60, 70], "list2": [2, 3]}},
    {"tag": "second list's tail left over", "args": {"list1": [4, 5], "list2": [1, 6, 7, 8, 9]}},
    {"tag": "strict interleave", "args": {"list1": [1, 3, 5, 7], "list2": [2, 4, 6, 8]}},
    {"tag": "duplicates across and within", "args": {"list1": [1, 1, 2, 2], "list2": [1, 2, 2, 3]}},
    {"tag": "negative values", "args": {"list1": [-100, -50, -1], "list2": [-75, -2, 0]}},
    {"tag": "extreme values", "args": {"list1": [LOW, HIGH], "list2": [LOW, 0, HIGH]}},
    {"tag": "one long, one short in the middle", "args": {"list1": list(range(0, 98, 2)), "list2": [49]}},
    {"tag": "max length, all equal", "args": {"list1": [7] * MAX_LEN, "list2": [7] * MAX_LEN}},
    {"tag": "max length, random", "args": {"list1": _R1, "list2": _R2}},
    {"tag": "max length, disjoint ranges",
     "args": {"list1": list(range(51, 101)), "list2": list(range(-100, -50))}},
]

_values = st.one_of(st.integers(-5, 5), st.integers(LOW, HIGH))


@st.composite
def _inputs(draw):
    out = {}
    for name in ("list1", "list2"):
        if draw(st.booleans()):
            values = draw(st.lists(_values, max_size=MAX_LEN))
        else:
            size = draw(st.integers(0, MAX_LEN))
            rng = random.Random(draw(st.integers(0, 2**32)))
            spread = rng.choice([2, 20, HIGH])
            values = [rng.randint(-spread, spread) for _ in range(size)]
        out[name] = sorted(values)
    return out


def inputs():
    return _inputs()


def valid(args):
    for name in ("list1", "list2"):
        values = args[name]
        if type(values) is not list or len(values) > MAX_LEN:
            return f"{name} has more than {MAX_LEN} nodes"
        if any(type(v) is not int or not LOW <= v <= HIGH for v in values):
            return f"{name} has a value out of range"
        if any(a > b for a, b in pairwise(values)):
            return f"{name} is not sorted"
    return None


def large(n, rng):
    values = sorted(rng.randint(-(10**6), 10**6) for _ in range(n))
    marks = [rng.random() < 0.5 for _ in values]
    first = [v for v, m in zip(values, marks, strict=True) if m]
    second = [v for v, m in zip(values, marks, strict=True) if not m]
    return {"list1": first, "list2": second}
