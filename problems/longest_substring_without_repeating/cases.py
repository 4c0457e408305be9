import random

from hypothesis import strategies as st

MAX_LEN = 5 * 10**4
PRINTABLE = "".join(chr(c) for c in range(32, 127))
# With at most 95 distinct characters every window is short, so the usual slower
# solutions are O(95 n), not worse in growth: the longest cases can be as long as
# the constraints allow (checking every substring still runs out of time on them).
LONG = MAX_LEN

EXAMPLES = [
    {"args": {"s": "abcabcbb"}, "expected": 3},
    {"args": {"s": "bbbbb"}, "expected": 1},
    {"args": {"s": "pwwkew"}, "expected": 3},
    {"args": {"s": ""}, "expected": 0},
]


def _random(n, alphabet, seed):
    rng = random.Random(seed)
    return "".join(rng.choice(alphabet) for _ in range(n))


# Short windows all along, then every printable character once at the very end.
_BEST_AT_END = _random(LONG - len(PRINTABLE), "xyz", 30) + "".join(
    random.Random(31).sample(PRINTABLE, len(PRINTABLE))
)

HIDDEN = [
    {"tag": "single space", "args": {"s": " "}},
    {"tag": "single character", "args": {"s": "a"}},
    {"tag": "two equal", "args": {"s": "aa"}},
    {"tag": "two different", "args": {"s": "ab"}},
    {"tag": "window must not restart at the repeat", "args": {"s": "dvdf"}},
    {"tag": "window start must not move back", "args": {"s": "abba"}},
    {"tag": "old repeat outside the window", "args": {"s": "tmmzuxt"}},
    {"tag": "longest at the end", "args": {"s": "aabcd"}},
    {"tag": "longest in the middle", "args": {"s": "aabcdefgg"}},
    {"tag": "repeat is not adjacent", "args": {"s": "abca"}},
    {"tag": "pairs in a row", "args": {"s": "aabbccdd"}},
    {"tag": "spaces and symbols count", "args": {"s": "a b!c a"}},
    {"tag": "digits", "args": {"s": "0123401234567"}},
    {"tag": "upper and lower case differ", "args": {"s": "aAbBaA"}},
    {"tag": "every printable character", "args": {"s": PRINTABLE}},
    {"tag": "every printable character, twice", "args": {"s": PRINTABLE[::-1] + PRINTABLE}},
    {"tag": "max length, one letter", "args": {"s": "q" * LONG}},
    {"tag": "max length, random printable", "args": {"s": _random(LONG, PRINTABLE, 32)}},
    {"tag": "max length, printable cycle", "args": {"s": (PRINTABLE * (LONG // 95 + 1))[:LONG]}},
    {"tag": "max length, best at the very end", "args": {"s": _BEST_AT_END}},
]


@st.composite
def _inputs(draw):
    kind = draw(st.integers(0, 2))
    if kind == 0:
        return {"s": draw(st.text(alphabet="abc ", max_size=14))}
    if kind == 1:
        return {"s": draw(st.text(alphabet=PRINTABLE, max_size=40))}
    # long strings over a drawn alphabet: Hypothesis alone rarely draws them
    size = draw(st.integers(0, LONG))
    width = draw(st.integers(1, len(PRINTABLE)))
    rng = random.Random(draw(st.integers(0, 2**32)))
    alphabet = rng.sample(PRINTABLE, width)
    return {"s": "".join(rng.choice(alphabet) for _ in range(size))}


def inputs():
    return _inputs()


def valid(args):
    s = args["s"]
    if not 0 <= len(s) <= MAX_LEN:
        return "length out of range"
    if any(not 32 <= ord(c) <= 126 for c in s):
        return "a character that is not printable ASCII"
    return None


def large(n, rng):
    # Few distinct letters keep every window short, so the work per character is
    # small and any per-position copy of the string shows up as O(n^2).
    return {"s": "".join(rng.choice("abc") for _ in range(n))}
