import random
from collections import Counter

from hypothesis import strategies as st

LOW, HIGH = -30_000, 30_000
MAX_LEN = 29_999  # the longest odd length within 3 * 10^4

EXAMPLES = [
    {"args": {"nums": [4, 7, 4]}, "expected": 7},
    {"args": {"nums": [3, 8, 8, 1, 3]}, "expected": 1},
    {"args": {"nums": [5]}, "expected": 5},
]


def _layout(pairs, single, rng, where):
    """A list holding each of `pairs` twice and `single` once, shuffled or placed."""
    nums = pairs + pairs
    rng.shuffle(nums)
    if where == "first":
        return [single] + nums
    if where == "last":
        return nums + [single]
    nums.insert(rng.randrange(len(nums) + 1), single)
    return nums


_rng = random.Random(136)
_VALUES = _rng.sample(range(LOW, HIGH + 1), (MAX_LEN + 1) // 2)


def _case(tag, nums):
    return {"tag": tag, "args": {"nums": nums}}


HIDDEN = [
    _case("one negative value", [LOW]),
    _case("one zero", [0]),
    _case("the single value is zero", [0, 1, 1]),
    _case("the single value is the largest", [2, 9, 2]),
    _case("the single value is first", [6, 1, 1, 2, 2]),
    _case("the single value is last", [1, 2, 1, 2, 6]),
    _case("pairs not side by side", [1, 2, 3, 1, 2, 3, 4]),
    _case("pairs side by side, largest last", [1, 1, 2, 2, 3]),
    _case("negative values", [-1, -1, -2]),
    _case("opposite signs", [5, -5, 5]),
    _case("extreme values", [HIGH, LOW, HIGH]),
    _case("pairs of extremes, single zero", [LOW, HIGH, 0, HIGH, LOW]),
    _case("longest, single value first", [_VALUES[0]] + _VALUES[1:] + _VALUES[1:][::-1]),
    _case("longest, single value last", _VALUES[1:] + _VALUES[1:] + [_VALUES[0]]),
    _case("longest, shuffled", _layout(_VALUES[1:], _VALUES[0], random.Random(1), "anywhere")),
    _case("longest, single is the largest value", _layout(sorted(_VALUES)[:-1], sorted(_VALUES)[-1],
                                                          random.Random(2), "anywhere")),
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        bound = draw(st.sampled_from([10, HIGH]))
        values = draw(st.lists(st.integers(-bound, bound), min_size=1, max_size=15, unique=True))
        nums = values[1:] + values[1:] + [values[0]]
        order = draw(st.permutations(range(len(nums))))
        nums = [nums[i] for i in order]
    else:  # long lists: Hypothesis alone rarely draws them
        count = draw(st.integers(1, (MAX_LEN + 1) // 2))
        rng = random.Random(draw(st.integers(0, 2**32)))
        values = rng.sample(range(LOW, HIGH + 1), count)
        nums = _layout(values[1:], values[0], rng, rng.choice(["first", "last", "anywhere"]))
    return {"nums": nums}


def inputs():
    return _inputs()


def valid(args):
    nums = args["nums"]
    if type(nums) is not list or not 1 <= len(nums) <= 30_000:
        return "length out of range"
    if any(type(v) is not int or not LOW <= v <= HIGH for v in nums):
        return "value out of range"
    counts = sorted(Counter(nums).values())
    if counts[0] != 1 or (len(counts) > 1 and (counts[1] != 2 or counts[-1] != 2)):
        return "not every value but one occurs twice"
    return None


def large(n, rng):
    pairs = list(range(1, n // 2 + 1))
    return {"nums": _layout(pairs, -rng.randint(1, n + 1), rng, "anywhere")}
