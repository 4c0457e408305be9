import random

from hypothesis import strategies as st

LOW, HIGH = -(10**4), 10**4
MAX_K = 10**4
MAX_NUMS = 10**4
MAX_ADDS = 10**4


def _ops(k, nums, adds):
    return {
        "operations": ["KthLargest"] + ["add"] * len(adds),
        "arguments": [[k, list(nums)]] + [[v] for v in adds],
    }


EXAMPLES = [
    {"args": _ops(2, [7, 3, 9], [1, 8, 10, 8, 12]), "expected": [None, 7, 8, 9, 9, 10]},
    {"args": _ops(1, [], [-5, -7, 0]), "expected": [None, -5, -5, 0]},
    {"args": _ops(3, [6, 6, 6, 2], [1, 7, 7, 7]), "expected": [None, 6, 6, 6, 7]},
]


def _values(rng, size, low=LOW, high=HIGH):
    return [rng.randint(low, high) for _ in range(size)]


_rng = random.Random(703)

HIDDEN = [
    {"tag": "only the constructor", "args": _ops(3, [1, 2, 3], [])},
    {"tag": "k = 1, empty start", "args": _ops(1, [], [4, 2, 9, 9, 1])},
    {"tag": "k one more than the start", "args": _ops(4, [5, 1, 8], [3, 2, 10, 0])},
    {"tag": "k equals the start's length", "args": _ops(3, [5, 1, 8], [3, 0, 9])},
    {"tag": "start longer than k", "args": _ops(2, [10, 40, 20, 30, 50], [5, 45, 60, 1])},
    {"tag": "new number below the kth is ignored", "args": _ops(3, [9, 8, 7, 6], [1, 2, 6, 7, 5])},
    {"tag": "new number above everything", "args": _ops(3, [1, 2, 3], [100, 200, 300, 400])},
    {"tag": "all equal", "args": _ops(2, [4, 4, 4], [4, 4, 4])},
    {"tag": "repeats are counted", "args": _ops(3, [5, 5], [3, 5, 2, 6, 6])},
    {"tag": "negative numbers", "args": _ops(2, [-3, -9, -1], [-2, -10, -1, 0])},
    {"tag": "extreme values", "args": _ops(2, [HIGH, LOW], [LOW, HIGH, 0, HIGH])},
    {"tag": "increasing arrivals", "args": _ops(3, [-9, -8], list(range(-5, 15)))},
    {"tag": "decreasing arrivals", "args": _ops(3, [20, 30], list(range(15, -5, -1)))},
    {"tag": "k is the whole stream", "args": _ops(6, [3, 1, 4, 1, 5], [9])},
    {"tag": "k = 1, max start", "args": _ops(1, _values(_rng, MAX_NUMS), _values(_rng, 500))},
    {
        "tag": "max k, max start, max adds",
        "args": _ops(MAX_K, _values(_rng, MAX_NUMS), _values(_rng, MAX_ADDS)),
    },
    {
        "tag": "k in the middle, max start, max adds",
        "args": _ops(MAX_NUMS // 2, _values(_rng, MAX_NUMS), _values(_rng, MAX_ADDS)),
    },
    {"tag": "empty start, max adds", "args": _ops(1, [], _values(_rng, MAX_ADDS, -50, 50))},
    {
        "tag": "max k, one more than the start, max adds",
        "args": _ops(MAX_K, _values(_rng, MAX_K - 1), _values(_rng, MAX_ADDS)),
    },
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        value = st.integers(-5, 5) | st.integers(LOW, HIGH) | st.sampled_from([LOW, HIGH])
        nums = draw(st.lists(value, max_size=12))
        adds = draw(st.lists(value, max_size=20))
        k = draw(st.integers(1, len(nums) + 1))
        return _ops(k, nums, adds)
    # long streams from drawn sizes and a seed: Hypothesis alone rarely draws them
    size = draw(st.integers(0, MAX_NUMS))
    count = draw(st.integers(0, MAX_ADDS))
    k = draw(st.integers(1, min(MAX_K, size + 1)))
    rng = random.Random(draw(st.integers(0, 2**32)))
    spread = rng.choice([3, 100, HIGH])
    return _ops(k, _values(rng, size, -spread, spread), _values(rng, count, -spread, spread))


def inputs():
    return _inputs()


def _in_range(x):
    return type(x) is int and LOW <= x <= HIGH


def valid(args):
    ops, argv = args["operations"], args["arguments"]
    if type(ops) is not list or type(argv) is not list or len(ops) != len(argv) or not ops:
        return "operations and arguments differ in length"
    if ops[0] != "KthLargest" or type(argv[0]) is not list or len(argv[0]) != 2:
        return "the first call must be KthLargest(k, nums)"
    k, nums = argv[0]
    if type(nums) is not list or len(nums) > MAX_NUMS or not all(_in_range(x) for x in nums):
        return "nums out of range"
    if type(k) is not int or not 1 <= k <= min(MAX_K, len(nums) + 1):
        return "k out of range"
    if len(ops) - 1 > MAX_ADDS:
        return "too many adds"
    for op, a in zip(ops[1:], argv[1:], strict=True):
        if op != "add":
            return f"unknown operation {op!r}"
        if type(a) is not list or len(a) != 1 or not _in_range(a[0]):
            return "add takes one integer in range"
    return None


def large(n, rng):
    # half the numbers at the start, half added one by one; k a quarter of n, so that
    # re-sorting or re-selecting the whole stream on every add pays for all of it
    size = n // 2
    k = max(1, n // 4)
    return _ops(k, _values(rng, size), _values(rng, max(1, n - size)))
