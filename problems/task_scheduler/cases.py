import random
import string

from hypothesis import strategies as st

MAX_LEN = 10**4
MAX_COOL = 100
LETTERS = string.ascii_uppercase

EXAMPLES = [
    {"args": {"tasks": ["A", "A", "A", "B", "B", "B"], "n": 2}, "expected": 8},
    {"args": {"tasks": ["A", "C", "A", "B", "D", "B"], "n": 1}, "expected": 6},
    {"args": {"tasks": ["A", "A", "A", "B", "B", "B"], "n": 3}, "expected": 10},
    {"args": {"tasks": ["A", "A", "A", "A", "B", "C"], "n": 0}, "expected": 6},
]


def _skewed(rng, size, letters, heavy_share):
    """size tasks: about heavy_share of them the letter A, the rest drawn from `letters`."""
    tasks = ["A" if rng.random() < heavy_share else rng.choice(letters) for _ in range(size)]
    rng.shuffle(tasks)
    return tasks


_RNG = random.Random(621)
_EVEN = [LETTERS[i % 26] for i in range(MAX_LEN - MAX_LEN % 26)]  # 384 of every letter

HIDDEN = [
    {"tag": "single task", "args": {"tasks": ["Z"], "n": 0}},
    {"tag": "single task, longest cooldown", "args": {"tasks": ["Q"], "n": MAX_COOL}},
    {"tag": "one letter twice", "args": {"tasks": ["A", "A"], "n": 5}},
    {"tag": "no cooldown", "args": {"tasks": ["B", "B", "B", "A"], "n": 0}},
    {"tag": "two letters tied at the top", "args": {"tasks": ["A", "A", "B", "B"], "n": 1}},
    {"tag": "three letters tied, long cooldown", "args": {"tasks": list("AAABBBCCC"), "n": 4}},
    {"tag": "other letters fill every idle unit", "args": {"tasks": list("AAABCDEFG"), "n": 2}},
    {"tag": "more letters than the idle units", "args": {"tasks": list("AABBCCDDEEFF"), "n": 1}},
    {"tag": "cooldown longer than the letters", "args": {"tasks": list("AAAB"), "n": 50}},
    {"tag": "one letter leads by one", "args": {"tasks": list("AAAABBBCCCDD"), "n": 2}},
    {"tag": "every letter once", "args": {"tasks": list(LETTERS), "n": MAX_COOL}},
    {"tag": "every letter twice, cooldown 25", "args": {"tasks": list(LETTERS) * 2, "n": 25}},
    {"tag": "every letter twice, cooldown 26", "args": {"tasks": list(LETTERS) * 2, "n": 26}},
    {"tag": "max length, one letter, longest cooldown", "args": {"tasks": ["A"] * MAX_LEN, "n": MAX_COOL}},
    {"tag": "max length, two letters tied", "args": {"tasks": ["X", "Y"] * (MAX_LEN // 2), "n": MAX_COOL}},
    {"tag": "max length, all letters evenly", "args": {"tasks": _EVEN, "n": 25}},
    {"tag": "max length, all letters evenly, cooldown 26", "args": {"tasks": _EVEN, "n": 26}},
    {"tag": "max length, one heavy letter", "args": {"tasks": _skewed(_RNG, MAX_LEN, LETTERS, 0.2), "n": 7}},
    {"tag": "max length, random", "args": {"tasks": _skewed(_RNG, MAX_LEN, LETTERS, 0.0), "n": 3}},
]


@st.composite
def _inputs(draw):
    cool = draw(st.one_of(st.integers(0, 4), st.integers(0, MAX_COOL)))
    if draw(st.booleans()):
        letters = draw(st.sampled_from(["AB", "ABC", "ABCDE", LETTERS]))
        tasks = draw(st.lists(st.sampled_from(letters), min_size=1, max_size=30))
    else:  # long lists: Hypothesis alone rarely draws them
        rng = random.Random(draw(st.integers(0, 2**32)))
        size = draw(st.integers(1, MAX_LEN))
        letters = LETTERS[: draw(st.integers(1, 26))]
        tasks = _skewed(rng, size, letters, draw(st.sampled_from([0.0, 0.1, 0.5, 0.9])))
    return {"tasks": tasks, "n": cool}


def inputs():
    return _inputs()


def valid(args):
    tasks, cool = args["tasks"], args["n"]
    if type(tasks) is not list or not 1 <= len(tasks) <= MAX_LEN:
        return "length out of range"
    if any(type(t) is not str or len(t) != 1 or t not in LETTERS for t in tasks):
        return "a task is not an uppercase letter"
    if type(cool) is not int or not 0 <= cool <= MAX_COOL:
        return "n out of range"
    return None


def large(n, rng):
    # a tenth of the tasks one letter, the rest spread over all 26, the longest cooldown:
    # a simulation steps through about n idle units
    return {"tasks": _skewed(rng, n, LETTERS, 0.1), "n": MAX_COOL}
