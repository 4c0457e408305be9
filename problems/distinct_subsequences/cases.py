import random
import string

from hypothesis import strategies as st

MAX_LEN = 1000
LIMIT = 2**31 - 1
LETTERS = string.ascii_letters
_LETTER_SET = set(LETTERS)

EXAMPLES = [
    {"args": {"s": "rabbbit", "t": "rabbit"}, "expected": 3},
    {"args": {"s": "babgbag", "t": "bag"}, "expected": 5},
    {"args": {"s": "abc", "t": "abcd"}, "expected": 0},
]


def _count(s, t):
    """The answer, capped at LIMIT + 1 (the constraint only needs to know it fits)."""
    where = {}
    for j in range(len(t) - 1, -1, -1):
        where.setdefault(t[j], []).append(j + 1)  # positions of each letter, right to left
    ways = [1] + [0] * len(t)
    for ch in s:
        for j in where.get(ch, ()):
            ways[j] = min(LIMIT + 1, ways[j] + ways[j - 1])
    return ways[-1]


def _random(rng, length, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(length))


def _picked(rng, s, length):
    """A subsequence of s of the given length (at least one way to spell it)."""
    keep = sorted(rng.sample(range(len(s)), min(length, len(s))))
    return "".join(s[i] for i in keep)


def _fitting(rng, s, t):
    """t, or, when its count passes LIMIT, longer and longer subsequences of s until one fits."""
    length = len(t)
    while _count(s, t) > LIMIT:
        length = min(len(s), 2 * length + 1)
        t = _picked(rng, s, length)
    return t


_rng = random.Random(115)
_R = _random(_rng, MAX_LEN, LETTERS)
_AB = _random(_rng, MAX_LEN, "ab")

HIDDEN = [
    {"tag": "one letter each, equal", "args": {"s": "a", "t": "a"}},
    {"tag": "one letter each, different case", "args": {"s": "a", "t": "A"}},
    {"tag": "t longer than s", "args": {"s": "ab", "t": "abb"}},
    {"tag": "equal strings", "args": {"s": "Kayak", "t": "Kayak"}},
    {"tag": "same letters, wrong order", "args": {"s": "ba", "t": "ab"}},
    {"tag": "one letter, many choices", "args": {"s": "xaxaxax", "t": "a"}},
    {"tag": "repeated letter in t", "args": {"s": "aaaa", "t": "aa"}},
    {"tag": "matches overlap", "args": {"s": "ababab", "t": "abab"}},
    {"tag": "last letter of t missing", "args": {"s": "abcabcabc", "t": "abcd"}},
    {"tag": "first letter of t missing", "args": {"s": "bcbcbc", "t": "abc"}},
    {"tag": "upper and lower case apart", "args": {"s": "aAaAbBbB", "t": "AB"}},
    {"tag": "max length, equal", "args": {"s": _R, "t": _R}},
    {"tag": "max length, one letter dropped", "args": {"s": "a" * MAX_LEN, "t": "a" * (MAX_LEN - 1)}},
    {"tag": "max length t vs one letter", "args": {"s": "Z", "t": "Z" * MAX_LEN}},
    # 2,130,031,575 ways: above 10^9 + 7, below 2^31 - 1
    {"tag": "answer near 2^31", "args": {"s": "a" * 477, "t": "aaaa"}},
    {"tag": "max length s, one-letter t", "args": {"s": _R, "t": "Q"}},
    # counts for the prefixes of t are huge along the way, yet nothing spells the whole t
    {"tag": "many partial matches, no full one", "args": {"s": "a" * MAX_LEN, "t": "a" * 500 + "b"}},
    {"tag": "max length, two letters", "args": {"s": _AB, "t": _fitting(_rng, _AB, _picked(_rng, _AB, 30))}},
    {"tag": "max length, random subsequence", "args": {"s": _R, "t": _picked(_rng, _R, 400)}},
    {"tag": "max length, random t", "args": {"s": _R, "t": _random(_rng, MAX_LEN, LETTERS)}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        alphabet = draw(st.sampled_from(["a", "ab", "abc", "aA", LETTERS]))
        s = draw(st.text(alphabet, min_size=1, max_size=12))
        t = draw(st.text(alphabet, min_size=1, max_size=6))
        rng = random.Random(draw(st.integers(0, 2**32)))
    else:  # long strings from a drawn size and seed: Hypothesis alone rarely draws them
        rng = random.Random(draw(st.integers(0, 2**32)))
        alphabet = LETTERS[: rng.choice([1, 2, 3, 6, 52])]
        s = _random(rng, draw(st.integers(1, MAX_LEN)), alphabet)
        length = draw(st.integers(1, MAX_LEN))
        t = _picked(rng, s, length) if draw(st.booleans()) else _random(rng, length, alphabet)
    return {"s": s, "t": _fitting(rng, s, t)}


def inputs():
    return _inputs()


def valid(args):
    for name in ("s", "t"):
        v = args.get(name)
        if type(v) is not str or not 1 <= len(v) <= MAX_LEN:
            return f"{name} length out of range"
        if not set(v) <= _LETTER_SET:
            return f"{name} has a character that is not an English letter"
    if _count(args["s"], args["t"]) > LIMIT:
        return "the answer does not fit in a 32-bit signed integer"
    return None


def large(n, rng):
    # random letters, t half as long: a table of n * n / 2 cells to fill
    n = max(2, n)
    return {"s": _random(rng, n, LETTERS), "t": _random(rng, n // 2, LETTERS)}
