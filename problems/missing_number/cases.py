import random

from hypothesis import strategies as st

MAX_LEN = 10_000

EXAMPLES = [
    {"args": {"nums": [2, 0, 3]}, "expected": 1},
    {"args": {"nums": [1]}, "expected": 0},
    {"args": {"nums": [0, 1, 2]}, "expected": 3},
]


def _without(n, missing, seed=None, order="shuffled"):
    nums = [v for v in range(n + 1) if v != missing]
    if order == "reversed":
        nums.reverse()
    elif order == "shuffled":
        random.Random(seed).shuffle(nums)
    return nums


def _case(tag, nums):
    return {"tag": tag, "args": {"nums": nums}}


HIDDEN = [
    _case("one value, zero there", [0]),
    _case("two values, largest missing", [1, 0]),
    _case("two values, zero missing", [2, 1]),
    _case("zero missing", [3, 1, 2]),
    _case("largest missing, unsorted", [1, 0, 2, 3]),
    _case("middle missing, sorted", [0, 1, 2, 4, 5]),
    _case("middle missing, reversed", [5, 4, 3, 1, 0]),
    _case("second value missing", [0, 2, 3, 4, 5, 6, 7]),
    _case("one below the largest missing", [0, 1, 2, 3, 4, 5, 7]),
    _case("longest, zero missing", _without(MAX_LEN, 0, 1)),
    _case("longest, largest missing", _without(MAX_LEN, MAX_LEN, 2)),
    _case("longest, largest missing, sorted", _without(MAX_LEN, MAX_LEN, order="sorted")),
    _case("longest, middle missing, reversed", _without(MAX_LEN, MAX_LEN // 2, order="reversed")),
    _case("longest, random missing", _without(MAX_LEN, 7_321, 3)),
    _case("longest, one missing", _without(MAX_LEN, 1, 4)),
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        n = draw(st.integers(1, 20))
    else:
        n = draw(st.integers(1, MAX_LEN))
    missing = draw(st.one_of(st.sampled_from([0, n]), st.integers(0, n)))
    order = draw(st.sampled_from(["shuffled", "sorted", "reversed"]))
    return {"nums": _without(n, missing, draw(st.integers(0, 2**32)), order)}


def inputs():
    return _inputs()


def valid(args):
    nums = args["nums"]
    if type(nums) is not list or not 1 <= len(nums) <= MAX_LEN:
        return "length out of range"
    n = len(nums)
    if any(type(v) is not int or not 0 <= v <= n for v in nums):
        return "value out of range"
    if len(set(nums)) != n:
        return "values repeat"
    return None


def large(n, rng):
    return {"nums": _without(n, rng.randint(0, n), rng.randrange(2**32))}
