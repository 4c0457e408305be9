from hypothesis import strategies as st

MAX_LEN = 6
LOW, HIGH = -10, 10
GROWTH_CAP = 7  # 7! = 5,040 orderings: the most large() asks for

EXAMPLES = [
    {"args": {"nums": [4, -1, 7]},
     "expected": [[4, -1, 7], [4, 7, -1], [-1, 4, 7], [-1, 7, 4], [7, 4, -1], [7, -1, 4]]},
    {"args": {"nums": [0, 5]}, "expected": [[0, 5], [5, 0]]},
    {"args": {"nums": [9]}, "expected": [[9]]},
]

HIDDEN = [
    {"tag": "single zero", "args": {"nums": [0]}},
    {"tag": "single negative", "args": {"nums": [-10]}},
    {"tag": "two negatives", "args": {"nums": [-3, -7]}},
    {"tag": "extremes", "args": {"nums": [LOW, HIGH]}},
    {"tag": "three, sorted", "args": {"nums": [1, 2, 3]}},
    {"tag": "three, descending", "args": {"nums": [3, 2, 1]}},
    {"tag": "three with zero", "args": {"nums": [0, -1, 1]}},
    {"tag": "four", "args": {"nums": [5, -5, 10, -10]}},
    {"tag": "four consecutive", "args": {"nums": [7, 8, 9, 10]}},
    {"tag": "five", "args": {"nums": [2, -4, 6, -8, 0]}},
    {"tag": "five negatives", "args": {"nums": [-1, -2, -3, -4, -5]}},
    {"tag": "max length", "args": {"nums": [1, 2, 3, 4, 5, 6]}},
    {"tag": "max length, mixed signs", "args": {"nums": [-10, 10, 0, -1, 1, 5]}},
    {"tag": "max length, descending", "args": {"nums": [10, 8, 6, 4, 2, 0]}},
    {"tag": "max length, all negative", "args": {"nums": [-9, -7, -5, -3, -2, -10]}},
    {"tag": "two, positive", "args": {"nums": [10, 1]}},
]


@st.composite
def _inputs(draw):
    nums = draw(st.lists(st.integers(LOW, HIGH), min_size=1, max_size=MAX_LEN, unique=True))
    return {"nums": nums}


def inputs():
    return _inputs()


def valid(args):
    nums = args["nums"]
    if not 1 <= len(nums) <= MAX_LEN:
        return "length out of range"
    if any(type(x) is not int or not LOW <= x <= HIGH for x in nums):
        return "value out of range"
    if len(set(nums)) != len(nums):
        return "values are not distinct"
    return None


def large(n, rng):
    # n! orderings: past GROWTH_CAP numbers the answer alone gets too large
    return {"nums": rng.sample(range(-100, 100), max(1, min(n, GROWTH_CAP)))}


def check(args, expected, got):
    if type(got) is not list or len(got) != len(expected):
        return False
    n = len(args["nums"])
    seen = set()
    for p in got:
        if type(p) is not list or len(p) != n or any(type(x) is not int for x in p):
            return False
        seen.add(tuple(p))
    return seen == {tuple(p) for p in expected}
