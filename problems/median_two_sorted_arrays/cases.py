import random
from itertools import pairwise

from hypothesis import strategies as st

LOW, HIGH = -(10**6), 10**6
MAX_LEN = 1000

EXAMPLES = [
    {"args": {"nums1": [1, 4], "nums2": [2]}, "expected": 2.0},
    {"args": {"nums1": [1, 3], "nums2": [4, 6]}, "expected": 3.5},
    {"args": {"nums1": [], "nums2": [-5, 0, 0, 8]}, "expected": 0.0},
]

_rng = random.Random(4)
_R1 = sorted(_rng.randint(LOW, HIGH) for _ in range(MAX_LEN))
_R2 = sorted(_rng.randint(LOW, HIGH) for _ in range(MAX_LEN))
_R3 = sorted(_rng.randint(-20, 20) for _ in range(MAX_LEN - 1))

HIDDEN = [
    {"tag": "one value, in the first list", "args": {"nums1": [7], "nums2": []}},
    {"tag": "one value, in the second list", "args": {"nums1": [], "nums2": [-3]}},
    {"tag": "one value each", "args": {"nums1": [2], "nums2": [5]}},
    {"tag": "first list empty, odd count", "args": {"nums1": [], "nums2": [1, 2, 9]}},
    {"tag": "second list empty, even count", "args": {"nums1": [1, 2, 4, 9], "nums2": []}},
    {"tag": "mean with a half", "args": {"nums1": [1, 2], "nums2": [3, 4]}},
    {"tag": "first list entirely below", "args": {"nums1": [1, 2, 3], "nums2": [10, 11, 12, 13]}},
    {"tag": "second list entirely below", "args": {"nums1": [10, 11, 12], "nums2": [1, 2, 3, 4, 5]}},
    {"tag": "interleaved", "args": {"nums1": [1, 3, 5, 7, 9], "nums2": [2, 4, 6, 8]}},
    {"tag": "one short list inside a long one", "args": {"nums1": [50], "nums2": list(range(1, 101))}},
    {"tag": "long list then a short one", "args": {"nums1": list(range(0, 60, 3)), "nums2": [-1, 100]}},
    {"tag": "duplicates across the lists", "args": {"nums1": [1, 1, 3, 3], "nums2": [1, 1, 3, 3]}},
    {"tag": "all values equal", "args": {"nums1": [4, 4, 4], "nums2": [4, 4, 4, 4, 4]}},
    {"tag": "negative values, negative half", "args": {"nums1": [-9, -7], "nums2": [-4, -2]}},
    {
        "tag": "negatives, the shorter list's split at its start",
        "args": {"nums1": [-1, 5], "nums2": [-8, -6, -4, -3, -2]},
    },
    {"tag": "median spans the two lists", "args": {"nums1": [1, 2, 7, 8], "nums2": [3, 4, 5, 6]}},
    {"tag": "extreme values", "args": {"nums1": [LOW, HIGH], "nums2": [HIGH]}},
    {"tag": "extreme values, mean zero", "args": {"nums1": [LOW], "nums2": [HIGH]}},
    {"tag": "large values, odd mean", "args": {"nums1": [HIGH - 1], "nums2": [HIGH]}},
    {"tag": "max lengths, random", "args": {"nums1": _R1, "nums2": _R2}},
    {
        "tag": "max lengths, disjoint",
        "args": {"nums1": list(range(1000, 2000)), "nums2": list(range(-1000, 0))},
    },
    {"tag": "one empty, the other max length", "args": {"nums1": [], "nums2": _R1}},
    {"tag": "one value against 999, many duplicates", "args": {"nums1": [0], "nums2": _R3}},
]

_values = st.one_of(st.integers(-5, 5), st.integers(LOW, HIGH))


def _long_list(draw):
    size = draw(st.integers(0, MAX_LEN))
    rng = random.Random(draw(st.integers(0, 2**32)))
    spread = rng.choice([3, 1000, HIGH])
    return sorted(rng.randint(-spread, spread) for _ in range(size))


@st.composite
def _inputs(draw):
    out = {}
    for name in ("nums1", "nums2"):
        if draw(st.booleans()):
            out[name] = sorted(draw(st.lists(_values, max_size=12)))
        else:  # long lists: Hypothesis alone rarely draws them
            out[name] = _long_list(draw)
    if not out["nums1"] and not out["nums2"]:
        out[draw(st.sampled_from(["nums1", "nums2"]))] = [draw(_values)]
    return out


def inputs():
    return _inputs()


def valid(args):
    for name in ("nums1", "nums2"):
        values = args[name]
        if type(values) is not list or len(values) > MAX_LEN:
            return f"{name} has more than {MAX_LEN} values"
        if any(type(v) is not int or not LOW <= v <= HIGH for v in values):
            return f"{name} has a value out of range"
        if any(a > b for a, b in pairwise(values)):
            return f"{name} is not sorted"
    if not args["nums1"] and not args["nums2"]:
        return "both lists are empty"
    return None


def large(n, rng):
    # two halves of one sorted list, dealt out at random: a merge reads half of both
    values = sorted(rng.randint(-(10**9), 10**9) for _ in range(n))
    marks = [rng.random() < 0.5 for _ in values]
    first = [v for v, m in zip(values, marks, strict=True) if m]
    second = [v for v, m in zip(values, marks, strict=True) if not m]
    return {"nums1": first, "nums2": second}
