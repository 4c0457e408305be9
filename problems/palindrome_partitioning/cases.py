import random

from hypothesis import strategies as st

MAX_LEN = 16
GROWTH_MAX_LEN = 14  # large() stops here: 8,192 ways; at 16 the answer alone is 1.4 MB of JSON
LETTERS = "abcdefghijklmnopqrstuvwxyz"

EXAMPLES = [
    {"args": {"s": "abb"}, "expected": [["a", "b", "b"], ["a", "bb"]]},
    {"args": {"s": "z"}, "expected": [["z"]]},
    {"args": {"s": "aba"}, "expected": [["a", "b", "a"], ["aba"]]},
]

HIDDEN = [
    {"tag": "two equal letters", "args": {"s": "qq"}},
    {"tag": "two different letters", "args": {"s": "az"}},
    {"tag": "equal ends, not a palindrome", "args": {"s": "abca"}},
    {"tag": "even palindrome", "args": {"s": "abba"}},
    {"tag": "palindrome at the end only", "args": {"s": "xyzracecar"}},
    {"tag": "palindrome at the start only", "args": {"s": "noonxyz"}},
    {"tag": "overlapping palindromes", "args": {"s": "ababa"}},
    {"tag": "no palindrome longer than 1", "args": {"s": "abcdefgh"}},
    {"tag": "nested palindromes", "args": {"s": "abaaba"}},
    {"tag": "two letters alternating", "args": {"s": "abababab"}},
    {"tag": "max length, one letter", "args": {"s": "a" * 16}},
    {"tag": "max length, all different", "args": {"s": "abcdefghijklmnop"}},
    {"tag": "max length, palindrome", "args": {"s": "zyxwvutsstuvwxyz"}},
    {"tag": "max length, runs", "args": {"s": "aaaabbbbaaaabbbb"}},
    {"tag": "max length, two letters", "args": {"s": "aabbaabbabababba"}},
    {"tag": "max length, random letters", "args": {"s": "".join(random.Random(131).choices("ab", k=16))}},
    {"tag": "last letters", "args": {"s": "zzyzz"}},
]


def inputs():
    alphabet = st.sampled_from(["ab", "abc", LETTERS])
    return alphabet.flatmap(lambda letters: st.text(alphabet=letters, min_size=1, max_size=MAX_LEN)).map(
        lambda s: {"s": s}
    )


def valid(args):
    s = args["s"]
    if type(s) is not str or not 1 <= len(s) <= MAX_LEN:
        return "length out of range"
    if any(c not in LETTERS for c in s):
        return "not a lowercase letter"
    return None


def large(n, rng):
    # one letter repeated: every one of the 2^(n-1) ways to cut is an answer
    return {"s": rng.choice(LETTERS) * max(1, min(n, GROWTH_MAX_LEN))}


def check(args, expected, got):
    """Right when `got` holds every way to cut s once, in any order."""
    try:
        if type(got) is not list or len(got) != len(expected):
            return False
        seen = set()
        for way in got:
            if type(way) is not list or any(type(p) is not str for p in way):
                return False
            seen.add(tuple(way))
        return seen == {tuple(way) for way in expected}
    except Exception:
        return False
