import random
from collections import Counter
from itertools import pairwise

from hypothesis import strategies as st

LOW, HIGH = -1000, 1000
MAX_LEN = 3 * 10**4

EXAMPLES = [
    {"args": {"numbers": [2, 7, 11, 15], "target": 9}, "expected": [1, 2]},
    {"args": {"numbers": [2, 3, 4], "target": 6}, "expected": [1, 3]},
    {"args": {"numbers": [-1, 0], "target": -1}, "expected": [1, 2]},
]


def _partners(target):
    """The values a for which both a and target - a lie in [LOW, HIGH]."""
    return max(LOW, target - HIGH), min(HIGH, target - LOW)


def _keep(values, target, a):
    """The values that can sit beside the pair (a, target - a) without making a second
    pair: never a or its partner, never both x and target - x, target / 2 at most once."""
    b = target - a
    kept, seen = [], set()
    for x in values:
        if x in (a, b):
            continue
        if (x in seen) if 2 * x == target else (target - x in seen):
            continue
        kept.append(x)
        seen.add(x)
    return kept


def _with_repeats(rng, size, target, a, lo, hi):
    """`size` sorted values holding exactly one pair adding up to target: a and its
    partner, and others from [lo, hi], repeated as often as needed."""
    candidates = list(range(lo, hi + 1))
    rng.shuffle(candidates)
    pool = _keep(candidates, target, a)
    half = [x for x in pool if 2 * x == target]
    pool = [x for x in pool if 2 * x != target]
    others = [rng.choice(pool) for _ in range(size - 2)] if pool else []
    if half and others and rng.random() < 0.5:
        others[0] = half[0]
    return sorted([*others, a, target - a])


def _case(tag, numbers, target):
    return {"tag": tag, "args": {"numbers": numbers, "target": target}}


_r = random.Random(167)

HIDDEN = [
    _case("two elements, negative", [-600, -400], -1000),
    _case("two equal values", [-5, -5], -10),
    _case("the pair is two equal values", [1, 3, 3, 8], 6),
    _case("half of target appears once", [1, 4, 7], 8),
    _case("pair at both ends", [-1000, -3, 0, 4, 999], -1),
    _case("pair is the first two", [1, 2, 10, 20], 3),
    _case("pair is the last two", [1, 2, 10, 20], 30),
    _case("negative values above a negative target", [-3, -1, 5], -4),
    _case("zero target", [-7, -2, 3, 7], 0),
    _case("target at the lower bound", [-1000, 0, 5], -1000),
    _case("target at the upper bound", [0, 7, 1000], 1000),
    _case("extreme values cancel", [-1000, 1, 1000], 0),
    _case("repeated values not in the pair", [0, 0, 3, 4], 7),
    _case("pair in the middle", [-9, -8, 1, 2, 20, 30], 3),
    _case("long run before the pair", [2] * 10 + [5, 9], 14),
    _case("long run after the pair", [-4, 1] + [9] * 10, -3),
    _case("max length, pair is the last two", [LOW] * (MAX_LEN - 2) + [400, 600], 1000),
    _case("max length, pair is the first two", [-10, 10] + [HIGH] * (MAX_LEN - 2), 0),
    _case("max length, pair at both ends", [LOW] + [0] * (MAX_LEN - 2) + [HIGH - 1], -1),
    _case("max length, equal pair in the middle", _with_repeats(_r, MAX_LEN, 2, 1, LOW, HIGH), 2),
    _case("max length, random", _with_repeats(_r, MAX_LEN, -345, -700, LOW, HIGH), -345),
]


@st.composite
def _inputs(draw):
    small = st.integers(-10, 10)
    target = draw(st.one_of(small, st.integers(LOW, HIGH)))
    lo, hi = _partners(target)
    a = draw(st.one_of(st.integers(max(lo, -10), min(hi, 10)), st.integers(lo, hi)))
    if draw(st.booleans()):  # short lists, drawn value by value
        values = draw(st.lists(st.one_of(small, st.integers(LOW, HIGH)), max_size=30))
        return {"numbers": sorted([*_keep(values, target, a), a, target - a]), "target": target}
    # long lists: Hypothesis alone rarely draws them
    size = draw(st.integers(2, MAX_LEN))
    spread = draw(st.sampled_from([5, 100, HIGH]))
    rng = random.Random(draw(st.integers(0, 2**32)))
    numbers = _with_repeats(rng, size, target, a, -spread, spread)
    return {"numbers": numbers, "target": target}


def inputs():
    return _inputs()


def _pairs(numbers, target):
    """How many pairs of positions i < j have numbers[i] + numbers[j] == target."""
    count = Counter(numbers)
    twice = 0  # ordered pairs
    for v, c in count.items():
        w = target - v
        twice += c * (c - 1) if w == v else c * count.get(w, 0)
    return twice // 2


def valid(args):
    numbers, target = args["numbers"], args["target"]
    if type(numbers) is not list or type(target) is not int:
        return "wrong types"
    if not 2 <= len(numbers) <= MAX_LEN:
        return "length out of range"
    if any(type(v) is not int or not LOW <= v <= HIGH for v in numbers) or not LOW <= target <= HIGH:
        return "value out of range"
    if any(x > y for x, y in pairwise(numbers)):
        return "numbers is not sorted"
    pairs = _pairs(numbers, target)
    if pairs != 1:
        return f"{pairs} pairs add up to target, not exactly one"
    return None


def large(n, rng):
    # Distinct even values with one odd value in the middle: the only odd sum, hence the
    # only pair, is that value and its right neighbour. Two pointers walk in from both
    # ends, a scan from the left reads half the list, a scan of pairs n^2 / 4 of them.
    n = max(n, 2)
    start = 2 * rng.randrange(-(10**6), 10**6)
    numbers = list(range(start, start + 2 * n, 2))
    middle = (n - 1) // 2
    numbers[middle] += 1
    return {"numbers": numbers, "target": numbers[middle] + numbers[middle + 1]}
