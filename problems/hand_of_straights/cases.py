import random

from hypothesis import strategies as st

MAX_LEN = 10_000
TOP = 10**9

EXAMPLES = [
    {"args": {"hand": [1, 2, 3, 6, 2, 3, 4, 7, 8], "groupSize": 3}, "expected": True},
    {"args": {"hand": [1, 2, 3, 4, 5], "groupSize": 4}, "expected": False},
    {"args": {"hand": [5, 3, 4, 4, 5, 6], "groupSize": 3}, "expected": True},
]


def _straights(rng, groups, size, top):
    """A shuffled hand that splits into `groups` straights of `size` cards starting below `top`."""
    hand = []
    for _ in range(groups):
        low = rng.randint(0, top - size + 1)
        hand.extend(range(low, low + size))
    rng.shuffle(hand)
    return hand


def _spoil(rng, hand):
    """Move one card by one step, keeping it in range: the hand no longer splits."""
    i = rng.randrange(len(hand))
    hand[i] += 1 if hand[i] < TOP else -1
    return hand


_r = random.Random(846)
_PAIRS_DOWN = [i // 2 for i in range(MAX_LEN)][::-1]
_STRAIGHTS = _straights(_r, MAX_LEN // 5, 5, 2000)
_SPOILT = _spoil(_r, _straights(_r, MAX_LEN // 4, 4, 3000))
_WIDE = _straights(_r, MAX_LEN // 8, 8, TOP)

HIDDEN = [
    {"tag": "single card", "args": {"hand": [7], "groupSize": 1}},
    {"tag": "groups of one", "args": {"hand": [9, 1, 9, 4], "groupSize": 1}},
    {"tag": "whole hand is one straight", "args": {"hand": [4, 2, 3, 1, 0], "groupSize": 5}},
    {"tag": "whole hand with a gap", "args": {"hand": [4, 2, 3, 1, 6], "groupSize": 5}},
    {"tag": "count not a multiple of the size", "args": {"hand": [1, 2, 3, 4, 5, 6, 7], "groupSize": 2}},
    {"tag": "overlapping straights", "args": {"hand": [1, 2, 2, 3, 3, 4], "groupSize": 3}},
    {"tag": "smallest card last in the hand", "args": {"hand": [3, 2, 1, 2, 3, 4], "groupSize": 3}},
    {"tag": "too many copies of the smallest", "args": {"hand": [0, 0, 0, 1], "groupSize": 2}},
    {"tag": "duplicates split across groups", "args": {"hand": [4, 5, 5, 4], "groupSize": 2}},
    {"tag": "too few copies in the middle", "args": {"hand": [1, 1, 2, 3, 3, 4], "groupSize": 3}},
    {"tag": "runs of the right length, wrong copies", "args": {"hand": [1, 2, 2, 3, 4, 4], "groupSize": 3}},
    {"tag": "gap between groups", "args": {"hand": [1, 2, 3, 5, 6, 7], "groupSize": 3}},
    {"tag": "largest values", "args": {"hand": [TOP, TOP - 2, TOP - 1, 0], "groupSize": 2}},
    {"tag": "largest values, one group", "args": {"hand": [TOP - 1, TOP - 2, TOP], "groupSize": 3}},
    {"tag": "max length, one straight", "args": {"hand": list(range(MAX_LEN))[::-1], "groupSize": MAX_LEN}},
    {
        "tag": "max length, one straight with a repeat",
        "args": {"hand": [*range(MAX_LEN - 1), 5], "groupSize": MAX_LEN},
    },
    {
        "tag": "max length, two values",
        "args": {"hand": [0] * (MAX_LEN // 2) + [1] * (MAX_LEN // 2), "groupSize": 2},
    },
    {"tag": "max length, pairs in falling order", "args": {"hand": _PAIRS_DOWN, "groupSize": 2}},
    {"tag": "max length, random straights", "args": {"hand": _STRAIGHTS, "groupSize": 5}},
    {"tag": "max length, one card off", "args": {"hand": _SPOILT, "groupSize": 4}},
    {"tag": "max length, straights across the range", "args": {"hand": _WIDE, "groupSize": 8}},
    {"tag": "max length, size does not divide it", "args": {"hand": list(range(MAX_LEN)), "groupSize": 3}},
]


@st.composite
def _inputs(draw):
    rng = random.Random(draw(st.integers(0, 2**32)))
    if draw(st.booleans()):
        size = draw(st.integers(1, 5))
        groups = draw(st.integers(1, 6))
        top = draw(st.sampled_from([8, 20, TOP]))
        hand = _straights(rng, groups, size, max(top, size))
        extra = draw(st.lists(st.integers(0, top), max_size=2))
    else:  # long hands: Hypothesis alone rarely draws them
        size = draw(st.sampled_from([1, 2, 3, 5, 10, 100]))
        groups = draw(st.integers(1, MAX_LEN // size))
        top = draw(st.sampled_from([3 * size, 50 * size, TOP]))
        hand = _straights(rng, groups, size, top)
        extra = []
    if draw(st.booleans()):
        hand = _spoil(rng, hand)
    hand = (hand + extra)[:MAX_LEN]
    return {"hand": hand, "groupSize": min(size, len(hand))}


def inputs():
    return _inputs()


def valid(args):
    hand, size = args["hand"], args["groupSize"]
    if type(hand) is not list or not 1 <= len(hand) <= MAX_LEN:
        return "wrong number of cards"
    if any(type(v) is not int or not 0 <= v <= TOP for v in hand):
        return "a card is out of range"
    if type(size) is not int or not 1 <= size <= len(hand):
        return "groupSize out of range"
    return None


def large(n, rng):
    # Two copies of every value, in falling order, in straights of two: a solution that
    # searches the hand again for the smallest card and for every next card reads most
    # of the hand each time, about n^2 steps; the answer is True, so nothing stops early.
    base = rng.randint(0, 1000)
    if n < 2:
        return {"hand": [base], "groupSize": 1}
    return {"hand": [base + i // 2 for i in range(n - n % 2)][::-1], "groupSize": 2}
