from hypothesis import strategies as st

LOW, HIGH = -10, 10
MAX_LEN = 10
GROWTH_MAX_LEN = 14  # large() stops here: past it a 2^n pick of positions nears the time limit

EXAMPLES = [
    {"args": {"nums": [1, 2, 2]}, "expected": [[], [1], [1, 2], [1, 2, 2], [2], [2, 2]]},
    {"args": {"nums": [5]}, "expected": [[], [5]]},
    {"args": {"nums": [3, 3, 3]}, "expected": [[], [3], [3, 3], [3, 3, 3]]},
]

HIDDEN = [
    {"tag": "single zero", "args": {"nums": [0]}},
    {"tag": "single negative", "args": {"nums": [-10]}},
    {"tag": "two equal", "args": {"nums": [7, 7]}},
    {"tag": "two distinct", "args": {"nums": [10, -10]}},
    {"tag": "duplicates not side by side", "args": {"nums": [2, 1, 2]}},
    {"tag": "duplicates first, unsorted", "args": {"nums": [4, 4, 1]}},
    {"tag": "two pairs", "args": {"nums": [1, 1, 2, 2]}},
    {"tag": "pairs interleaved", "args": {"nums": [3, -3, 3, -3]}},
    {"tag": "all distinct", "args": {"nums": [5, -2, 9, 0, -7]}},
    {"tag": "descending with repeats", "args": {"nums": [6, 5, 5, 4, 4, 4]}},
    {"tag": "negatives with repeats", "args": {"nums": [-1, -5, -1, -5, -1]}},
    {"tag": "max length, one value", "args": {"nums": [-4] * 10}},
    {"tag": "max length, all distinct", "args": {"nums": [-10, 10, -5, 5, 0, -1, 1, 7, -8, 3]}},
    {"tag": "max length, one repeat", "args": {"nums": [9, 8, 7, 6, 5, 4, 3, 2, 1, 9]}},
    {"tag": "max length, two values", "args": {"nums": [0, 1, 0, 1, 0, 1, 0, 1, 0, 1]}},
    {"tag": "max length, runs of three", "args": {"nums": [2, 2, 2, -2, -2, -2, 8, 8, 8, 0]}},
    {"tag": "max length, extremes repeated", "args": {"nums": [10, -10, 10, -10, 10, -10, 0, 0, 10, -10]}},
]


def _draw_nums(pool_size):
    return st.lists(st.integers(LOW, LOW + pool_size - 1), min_size=1, max_size=MAX_LEN).flatmap(
        lambda nums: st.permutations(nums)
    )


def inputs():
    nums = st.one_of(
        _draw_nums(3),  # few values: many repeats
        _draw_nums(HIGH - LOW + 1),  # the whole range
        st.lists(st.sampled_from([LOW, 0, HIGH]), min_size=1, max_size=MAX_LEN),
    )
    return nums.map(lambda v: {"nums": list(v)})


def valid(args):
    nums = args["nums"]
    if type(nums) is not list or not 1 <= len(nums) <= MAX_LEN:
        return "length out of range"
    if any(type(v) is not int or not LOW <= v <= HIGH for v in nums):
        return "value out of range"
    return None


def large(n, rng):
    # mostly one value: the answer is small, while every pick of positions is 2^n
    n = max(1, min(n, GROWTH_MAX_LEN))
    others = rng.sample([v for v in range(LOW, HIGH + 1) if v != 0], min(2, n - 1))
    nums = [0] * (n - len(others)) + others
    rng.shuffle(nums)
    return {"nums": nums}


def check(args, expected, got):
    """Right when `got` holds every distinct subset exactly once, in any order."""
    try:
        if type(got) is not list or len(got) != len(expected):
            return False
        want = {tuple(sorted(s)) for s in expected}
        seen = set()
        for subset in got:
            if type(subset) is not list or any(type(v) is not int for v in subset):
                return False
            key = tuple(sorted(subset))
            if key not in want or key in seen:
                return False
            seen.add(key)
        return True  # as many distinct right subsets as there are: all of them
    except Exception:
        return False
