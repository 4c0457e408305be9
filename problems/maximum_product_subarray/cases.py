import random

from hypothesis import strategies as st

LOW, HIGH = -10, 10
MAX_LEN = 20_000
LIMIT = 2**31 - 1  # every subarray's product stays within a 32-bit signed integer

EXAMPLES = [
    {"args": {"nums": [2, 3, -2, 4]}, "expected": 6},
    {"args": {"nums": [-2, 0, -1]}, "expected": 0},
]


def build(n, rng, zero_chance=0.001, big_chance=0.01, top=HIGH):
    """n values whose every subarray product fits: between two zeros the absolute
    values multiply to at most LIMIT (a subarray's product is at most that)."""
    out = []
    run = 1  # product of the absolute values since the last zero
    for _ in range(n):
        if rng.random() < zero_chance:
            out.append(0)
            run = 1
            continue
        size = rng.randint(2, top) if top >= 2 and rng.random() < big_chance else 1
        if run * size > LIMIT:
            size = 1
        run *= size
        out.append(size if rng.random() < 0.5 else -size)
    return out


_rng = random.Random(152)

HIDDEN = [
    {"tag": "single positive", "args": {"nums": [7]}},
    {"tag": "single negative", "args": {"nums": [-3]}},
    {"tag": "single zero", "args": {"nums": [0]}},
    {"tag": "two negatives", "args": {"nums": [-2, -3]}},
    {"tag": "negative then positive", "args": {"nums": [-2, 3]}},
    {"tag": "three values, product of all", "args": {"nums": [-2, 3, -4]}},
    {"tag": "best after the only negative", "args": {"nums": [3, -1, 4]}},
    {"tag": "odd count of negatives", "args": {"nums": [2, -5, -2, -4, 3]}},
    {"tag": "zero splits two negatives", "args": {"nums": [-1, 0, -1]}},
    {"tag": "negatives around a zero", "args": {"nums": [-2, -3, 0, -2, -4]}},
    {"tag": "zero at the start", "args": {"nums": [0, 2]}},
    {"tag": "zero at the end", "args": {"nums": [3, -2, 0]}},
    {"tag": "only zeros and negatives", "args": {"nums": [0, -1, 0, -5, 0]}},
    {"tag": "all minus one, odd length", "args": {"nums": [-1] * 7}},
    {"tag": "largest allowed answer", "args": {"nums": [-1] + [10] * 9 + [2, -1]}},
    {"tag": "large negatives", "args": {"nums": [-10] * 9}},
    {"tag": "largest value alone", "args": {"nums": [-10, 0, 10, 0, -10]}},
    {"tag": "max length, all ones", "args": {"nums": [1] * MAX_LEN}},
    {"tag": "max length, plus and minus one", "args": {"nums": build(MAX_LEN, _rng, 0.0, 0.0)}},
    {"tag": "max length, random, few zeros", "args": {"nums": build(MAX_LEN, _rng)}},
    {"tag": "max length, many zeros", "args": {"nums": build(MAX_LEN, _rng, 0.2, 0.5)}},
    {
        "tag": "max length, one negative in the middle",
        "args": {"nums": [1] * 9_999 + [-2] + [1] * 9_999 + [3]},
    },
]


def _segments_fit(nums):
    run = 1
    for v in nums:
        run = 1 if v == 0 else run * abs(v)
        if run > LIMIT:
            return False
    return True


@st.composite
def _inputs(draw):
    if draw(st.booleans()):  # short, drawn value by value
        nums = draw(st.lists(st.integers(LOW, HIGH), min_size=1, max_size=12))
        if not _segments_fit(nums):  # 12 values of 10 overflow: shrink them to signs
            nums = [(v > 0) - (v < 0) for v in nums]
    else:  # long ones, built from a seed
        size = draw(st.integers(1, MAX_LEN))
        rng = random.Random(draw(st.integers(0, 2**32)))
        zero = rng.choice([0.0, 0.001, 0.05, 0.3])
        big = rng.choice([0.0, 0.01, 0.2, 0.8])
        nums = build(size, rng, zero, big, rng.choice([2, 3, HIGH]))
    return {"nums": nums}


def inputs():
    return _inputs()


def valid(args):
    nums = args.get("nums")
    if type(nums) is not list or not 1 <= len(nums) <= MAX_LEN:
        return "length out of range"
    if any(type(v) is not int or not LOW <= v <= HIGH for v in nums):
        return "value out of range"
    if not _segments_fit(nums):
        return "a subarray's product does not fit in 32 bits"
    return None


def large(n, rng):
    # No zeros: a scan of every subarray that stops at a zero goes the whole way.
    return {"nums": build(max(1, n), rng, 0.0)}
