import random
from itertools import pairwise

from hypothesis import strategies as st

MAX_N = 100_000

EXAMPLES = [
    {"args": {"nums": [1, 4, 2, 3, 4]}, "expected": 4},
    {"args": {"nums": [2, 3, 1, 3, 3]}, "expected": 3},
    {"args": {"nums": [5, 5, 5, 5, 5, 5]}, "expected": 5},
]


def _build(rng, n, dup, copies, where=None):
    """n + 1 values from 1..n: `copies` of dup, the rest distinct, shuffled; or, with
    `where`, the copies of dup placed at those positions and the rest shuffled around."""
    others = [v for v in range(1, n + 1) if v != dup]
    rng.shuffle(others)
    others = others[: n + 1 - copies]
    if where is None:
        nums = others + [dup] * copies
        rng.shuffle(nums)
        return nums
    nums, rest = [], iter(others)
    spots = set(where)
    for i in range(n + 1):
        nums.append(dup if i in spots else next(rest))
    return nums


def _cycle_through_all(n):
    """0 -> 1 -> ... -> n -> 1: the longest possible cycle, entered at 1."""
    return [i + 1 for i in range(n)] + [1]


def _long_tail(n):
    """0 -> n -> n-1 -> ... -> 2 -> 1 -> 2: a long walk before a cycle of two."""
    nums = [0] * (n + 1)
    nums[0] = n
    for i in range(2, n + 1):
        nums[i] = i - 1
    nums[1] = 2
    return nums


_rng = random.Random(287)

HIDDEN = [
    {"tag": "smallest input", "args": {"nums": [1, 1]}},
    {"tag": "n = 2, duplicate last", "args": {"nums": [1, 2, 2]}},
    {"tag": "n = 2, duplicate first", "args": {"nums": [2, 2, 1]}},
    {"tag": "n = 2, duplicate apart", "args": {"nums": [1, 2, 1]}},
    {"tag": "every value the same", "args": {"nums": [3, 3, 3, 3]}},
    {"tag": "duplicate is 1", "args": {"nums": [3, 1, 4, 1, 2]}},
    {"tag": "duplicate is n", "args": {"nums": [6, 2, 4, 1, 6, 3, 5]}},
    {"tag": "three copies, some numbers missing", "args": {"nums": [2, 5, 2, 1, 2, 4]}},
    {"tag": "nums[0] is the duplicate", "args": {"nums": [3, 4, 1, 3, 2]}},
    {"tag": "copies next to each other", "args": {"nums": [1, 3, 4, 4, 2]}},
    {"tag": "one long cycle", "args": {"nums": _cycle_through_all(9)}},
    {"tag": "long tail, short cycle", "args": {"nums": _long_tail(9)}},
    {"tag": "max length, two copies at the ends", "args": {"nums": _build(_rng, MAX_N, 777, 2, [0, MAX_N])}},
    {
        "tag": "max length, copies last",
        "args": {"nums": _build(_rng, MAX_N, 4321, 2, [MAX_N - 1, MAX_N])},
    },
    {"tag": "max length, duplicate everywhere", "args": {"nums": [MAX_N] * (MAX_N + 1)}},
    {"tag": "max length, half are copies", "args": {"nums": _build(_rng, MAX_N, 1, MAX_N // 2)}},
    {"tag": "max length, one long cycle", "args": {"nums": _cycle_through_all(MAX_N)}},
    {"tag": "max length, long tail", "args": {"nums": _long_tail(MAX_N)}},
    {"tag": "max length, random", "args": {"nums": _build(_rng, MAX_N, 50_000, 2)}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        n = draw(st.integers(1, 12))
        dup = draw(st.integers(1, n))
        copies = draw(st.integers(2, n + 1))
        others = draw(st.permutations([v for v in range(1, n + 1) if v != dup]))
        nums = draw(st.permutations([*others[: n + 1 - copies], *[dup] * copies]))
        return {"nums": list(nums)}
    # long lists: Hypothesis alone rarely draws them
    n = draw(st.integers(1, MAX_N))
    rng = random.Random(draw(st.integers(0, 2**32)))
    copies = rng.choice([2, 2, 3, rng.randint(2, n + 1)])
    return {"nums": _build(rng, n, rng.randint(1, n), copies)}


def inputs():
    return _inputs()


def valid(args):
    nums = args["nums"]
    if type(nums) is not list or not 2 <= len(nums) <= MAX_N + 1:
        return "length out of range"
    n = len(nums) - 1
    if any(type(v) is not int or not 1 <= v <= n for v in nums):
        return "value out of range"
    if len(nums) - len(set(nums)) < 1:
        return "no number occurs twice"
    counts = {}
    for v in nums:
        counts[v] = counts.get(v, 0) + 1
    if sum(c > 1 for c in counts.values()) != 1:
        return "more than one number occurs twice"
    return None


def _rho(rng, n, dup, first, second):
    """n + 1 values whose walk 0 -> nums[0] -> ... visits every index: a tail of about
    n / 2 steps into a cycle of the rest, entered at dup, which sits at positions first
    and second."""
    rest = [v for v in range(1, n + 1) if v not in (dup, first, second)]
    rng.shuffle(rest)
    tail = n // 2
    order = [*rest[: tail - 2], first, dup, *rest[tail - 2 :], second]
    nums = [0] * (n + 1)
    nums[0] = order[0]
    for here, there in pairwise(order):
        nums[here] = there
    nums[second] = dup
    return nums


def large(n, rng):
    # The walk from index 0 always visits every index (the reference's time does not
    # depend on the draw), and the duplicate is a large value whose two copies sit near
    # the end: comparing values pairwise, counting each one, or scanning the sorted
    # values all go far before they find it.
    m = max(8, n) - 1
    first, second, dup = rng.sample(range(m - max(3, m // 8), m + 1), 3)
    return {"nums": _rho(rng, m, dup, first, second)}
