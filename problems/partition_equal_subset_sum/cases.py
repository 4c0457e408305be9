import random

from hypothesis import strategies as st

LOW, HIGH = 1, 100
MAX_LEN = 200

EXAMPLES = [
    {"args": {"nums": [1, 5, 11, 5]}, "expected": True},
    {"args": {"nums": [1, 2, 3, 5]}, "expected": False},
]

_rng = random.Random(416)
_RANDOM = [_rng.randint(LOW, HIGH) for _ in range(MAX_LEN)]
if sum(_RANDOM) % 2:
    _RANDOM[0] += 1 if _RANDOM[0] < HIGH else -1

# even values of every size with an odd half: no split, and the most distinct partial
# sums, so a memo over (index, remaining) fills its whole table
_EVEN = [_rng.randrange(2, HIGH + 1, 2) for _ in range(MAX_LEN)]
if sum(_EVEN) % 4 == 0:
    _EVEN[0] += 2 if _EVEN[0] < HIGH else -2

HIDDEN = [
    {"tag": "single element", "args": {"nums": [1]}},
    {"tag": "single even element", "args": {"nums": [100]}},
    {"tag": "two equal", "args": {"nums": [5, 5]}},
    {"tag": "two different, odd total", "args": {"nums": [1, 2]}},
    {"tag": "three ones, odd total", "args": {"nums": [1, 1, 1]}},
    {"tag": "two different, even total", "args": {"nums": [2, 4]}},
    {"tag": "an element can be used only once", "args": {"nums": [1, 2, 5]}},
    {"tag": "greedy balancing fails", "args": {"nums": [3, 3, 2, 2, 2]}},
    {"tag": "half is not a sorted prefix", "args": {"nums": [1, 2, 3, 4]}},
    {"tag": "one element above half", "args": {"nums": [1, 1, 1, 1, 10]}},
    {"tag": "one element is exactly half", "args": {"nums": [1, 2, 3, 6]}},
    {"tag": "three equal", "args": {"nums": [7, 7, 7]}},
    {"tag": "many ones and one large", "args": {"nums": [1] * 100 + [100]}},
    {"tag": "max length, all 100", "args": {"nums": [HIGH] * MAX_LEN}},
    {"tag": "max length, odd total", "args": {"nums": [1] + [HIGH] * (MAX_LEN - 1)}},
    {"tag": "max length, even values, odd half", "args": {"nums": [HIGH] * (MAX_LEN - 1) + [2]}},
    {"tag": "max length, random", "args": {"nums": _RANDOM}},
    {"tag": "max length, needs both ends", "args": {"nums": [99] * 100 + [1] * 99 + [100]}},
    {"tag": "max length, assorted even values, odd half", "args": {"nums": _EVEN}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        nums = draw(st.lists(st.integers(LOW, draw(st.sampled_from([5, 20, HIGH]))), min_size=1, max_size=12))
    else:  # long lists: Hypothesis alone rarely draws them
        size = draw(st.integers(1, MAX_LEN))
        seed = draw(st.integers(0, 2**32))
        rng = random.Random(seed)
        shape = rng.randrange(3)
        if shape == 0:
            nums = [rng.randint(LOW, HIGH) for _ in range(size)]
        elif shape == 1:  # even values: often an even total with an odd half
            nums = [rng.randrange(2, HIGH + 1, 2) for _ in range(size)]
        else:  # a few large values among ones
            nums = [rng.choice([1, 1, 1, rng.randint(50, HIGH)]) for _ in range(size)]
    return {"nums": nums}


def inputs():
    return _inputs()


def valid(args):
    nums = args.get("nums")
    if type(nums) is not list or not 1 <= len(nums) <= MAX_LEN:
        return "length out of range"
    if any(type(v) is not int or not LOW <= v <= HIGH for v in nums):
        return "value out of range"
    return None


def large(n, rng):
    # small even values whose total is 2 mod 4: half the total is odd, so no split
    # exists and a table-based solution fills its whole table
    nums = [rng.choice((2, 4)) for _ in range(max(1, n))]
    if sum(nums) % 4 == 0:
        nums[0] = 6 - nums[0]
    return {"nums": nums}
