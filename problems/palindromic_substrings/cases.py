import random
import string

from hypothesis import strategies as st

MAX_LEN = 1000
ALPHABET = string.ascii_lowercase

EXAMPLES = [
    {"args": {"s": "abc"}, "expected": 3},
    {"args": {"s": "aaa"}, "expected": 6},
]

_rng = random.Random(647)


def _random(rng, size, letters=ALPHABET):
    return "".join(rng.choice(letters) for _ in range(size))


def _with_palindrome(rng, size, half, letters=ALPHABET):
    """A random string of `size` letters with a palindrome of 2 * half + 1 in the middle."""
    side = _random(rng, half, letters)
    core = side + rng.choice(letters) + side[::-1]
    rest = size - len(core)
    return _random(rng, rest // 2, letters) + core + _random(rng, rest - rest // 2, letters)


HIDDEN = [
    {"tag": "single letter", "args": {"s": "z"}},
    {"tag": "two equal letters", "args": {"s": "bb"}},
    {"tag": "two different letters", "args": {"s": "ab"}},
    {"tag": "odd palindrome", "args": {"s": "aba"}},
    {"tag": "even palindrome", "args": {"s": "abba"}},
    {"tag": "same text at different places counts twice", "args": {"s": "abab"}},
    {"tag": "all letters distinct", "args": {"s": "abcdefghij"}},
    {"tag": "whole string, odd length", "args": {"s": "racecar"}},
    {"tag": "whole string, even length", "args": {"s": "abccba"}},
    {"tag": "nested palindromes", "args": {"s": "abacaba"}},
    {"tag": "runs of one letter", "args": {"s": "aaabbbbaaa"}},
    {"tag": "palindromes across each other", "args": {"s": "aabaabaa"}},
    {"tag": "run at the end", "args": {"s": "xyzzz"}},
    {"tag": "max length, one letter (largest count)", "args": {"s": "a" * MAX_LEN}},
    {"tag": "max length, alternating", "args": {"s": "ab" * (MAX_LEN // 2)}},
    {"tag": "max length, random", "args": {"s": _random(_rng, MAX_LEN)}},
    {"tag": "max length, two letters", "args": {"s": _random(_rng, MAX_LEN, "ab")}},
    {"tag": "max length, long palindrome inside", "args": {"s": _with_palindrome(_rng, MAX_LEN, 300)}},
    {"tag": "max length, half one letter", "args": {"s": "q" * 500 + _random(_rng, 500)}},
]


@st.composite
def _inputs(draw):
    kind = draw(st.integers(0, 2))
    if kind == 0:  # short, drawn letter by letter
        letters = draw(st.sampled_from(["ab", "abc", ALPHABET]))
        s = draw(st.text(letters, min_size=1, max_size=14))
    else:  # long ones, built from a seed
        size = draw(st.integers(1, MAX_LEN))
        rng = random.Random(draw(st.integers(0, 2**32)))
        letters = rng.choice(["a", "ab", "abc", ALPHABET])
        if kind == 1:
            s = _random(rng, size, letters)
        else:
            s = _with_palindrome(rng, size, rng.randint(0, (size - 1) // 2), letters)
    return {"s": s}


def inputs():
    return _inputs()


def valid(args):
    s = args.get("s")
    if type(s) is not str or not 1 <= len(s) <= MAX_LEN:
        return "length out of range"
    if any(ch not in ALPHABET for ch in s):
        return "s holds a character that is not a lowercase English letter"
    return None


def large(n, rng):
    # Half the string one letter: growing around each centre there costs O(n^2), and
    # every substring check of a brute force reads it whole.
    n = max(1, n)
    return {"s": "a" * (n // 2) + _random(rng, n - n // 2)}
