import random
import string

from hypothesis import strategies as st

MAX_LEN = 1000
ALPHABET = string.ascii_letters + string.digits

EXAMPLES = [
    {"args": {"s": "babad"}, "expected": "bab"},
    {"args": {"s": "cbbd"}, "expected": "bb"},
]

_rng = random.Random(5)


def _random(rng, size, letters=ALPHABET):
    return "".join(rng.choice(letters) for _ in range(size))


def _with_palindrome(rng, size, half, letters=ALPHABET):
    """A random string of `size` characters with a palindrome of 2 * half + 1 in the middle."""
    side = _random(rng, half, letters)
    core = side + rng.choice(letters) + side[::-1]
    rest = size - len(core)
    return _random(rng, rest // 2, letters) + core + _random(rng, rest - rest // 2, letters)


HIDDEN = [
    {"tag": "single character", "args": {"s": "a"}},
    {"tag": "two equal characters", "args": {"s": "bb"}},
    {"tag": "two different characters", "args": {"s": "ab"}},
    {"tag": "whole string, odd length", "args": {"s": "racecar"}},
    {"tag": "whole string, even length", "args": {"s": "abccba"}},
    {"tag": "longest at the start", "args": {"s": "abacdfg"}},
    {"tag": "longest at the end", "args": {"s": "xyzabcba"}},
    {"tag": "even palindrome beats odd ones", "args": {"s": "zzcabbacabaxyzzyx"}},
    {"tag": "all characters distinct", "args": {"s": "abcdefgh12"}},
    {"tag": "case matters", "args": {"s": "Abcba"}},
    {"tag": "case matters, no pair", "args": {"s": "aA"}},
    {"tag": "digits", "args": {"s": "1234321000"}},
    {"tag": "reversed copy elsewhere is not a palindrome", "args": {"s": "aacabdkacaa"}},
    {"tag": "reversed copy elsewhere, longer", "args": {"s": "abcdxyzdcba"}},
    {"tag": "nested palindromes", "args": {"s": "abaxabaxabb"}},
    {"tag": "two long runs", "args": {"s": "aaaabaaaccccccc"}},
    {"tag": "max length, one letter", "args": {"s": "a" * MAX_LEN}},
    {"tag": "max length, alternating", "args": {"s": "ab" * (MAX_LEN // 2)}},
    {"tag": "max length, random", "args": {"s": _random(_rng, MAX_LEN)}},
    {"tag": "max length, two letters", "args": {"s": _random(_rng, MAX_LEN, "ab")}},
    {"tag": "max length, long palindrome inside", "args": {"s": _with_palindrome(_rng, MAX_LEN, 300)}},
    {"tag": "max length, half one letter", "args": {"s": "z" * 500 + _random(_rng, 500)}},
]


@st.composite
def _inputs(draw):
    kind = draw(st.integers(0, 2))
    if kind == 0:  # short, drawn character by character
        letters = draw(st.sampled_from(["ab", "abc", "aA1", ALPHABET]))
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
        return "s holds a character that is not a digit or an English letter"
    return None


def large(n, rng):
    # Half the string one letter: growing around each centre there costs O(n^2), and
    # every substring check of a brute force reads it whole; the random half after it
    # keeps a brute force that tries the longest lengths first busy too.
    n = max(1, n)
    return {"s": "a" * (n // 2) + _random(rng, n - n // 2)}


def check(args, expected, got):
    """Any palindrome of `s` as long as the reference's."""
    s = args["s"]
    if type(got) is not str or len(got) != len(expected):
        return False
    return got == got[::-1] and got in s
