import random
import string

from hypothesis import strategies as st

MAX_LEN = 1000
LETTERS = string.ascii_lowercase

EXAMPLES = [
    {"args": {"text1": "abcde", "text2": "ace"}, "expected": 3},
    {"args": {"text1": "abc", "text2": "abc"}, "expected": 3},
    {"args": {"text1": "abc", "text2": "def"}, "expected": 0},
]

_rng = random.Random(1143)


def _random(length, alphabet):
    return "".join(_rng.choice(alphabet) for _ in range(length))


_ALPHA = LETTERS * 39  # 1014 letters, a..z repeated

HIDDEN = [
    {"tag": "one letter each, equal", "args": {"text1": "q", "text2": "q"}},
    {"tag": "one letter each, different", "args": {"text1": "q", "text2": "r"}},
    {"tag": "short against long, found", "args": {"text1": "m", "text2": "abcdefghijklm"}},
    {"tag": "repeated letter in one string", "args": {"text1": "a", "text2": "aa"}},
    {"tag": "repeated letters in both", "args": {"text1": "aaaa", "text2": "aa"}},
    {"tag": "same letters, reversed order", "args": {"text1": "abc", "text2": "cba"}},
    {"tag": "greedy first match loses", "args": {"text1": "zab", "text2": "abz"}},
    {"tag": "greedy first match loses, longer", "args": {"text1": "xaybzc", "text2": "abcxyz"}},
    {"tag": "one inside the other", "args": {"text1": "axbxcxdxe", "text2": "abcde"}},
    {"tag": "interleaved", "args": {"text1": "abab", "text2": "baba"}},
    {"tag": "alphabet vs reversed alphabet", "args": {"text1": LETTERS, "text2": LETTERS[::-1]}},
    {"tag": "max length, identical", "args": {"text1": _ALPHA[:MAX_LEN], "text2": _ALPHA[:MAX_LEN]}},
    {"tag": "max length, disjoint", "args": {"text1": "a" * MAX_LEN, "text2": "b" * MAX_LEN}},
    {"tag": "max length vs one letter", "args": {"text1": "z" * MAX_LEN, "text2": "z"}},
    {"tag": "max length, reversed", "args": {"text1": _ALPHA[:MAX_LEN], "text2": _ALPHA[:MAX_LEN][::-1]}},
    {"tag": "max length, random two letters", "args": {"text1": _random(MAX_LEN, "ab"), "text2": _random(MAX_LEN, "ab")}},
    {"tag": "max length, random letters", "args": {"text1": _random(MAX_LEN, LETTERS), "text2": _random(MAX_LEN, LETTERS)}},
    {"tag": "lengths 1000 and 37", "args": {"text1": _random(MAX_LEN, "abcde"), "text2": _random(37, "abcde")}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        alphabet = draw(st.sampled_from(["ab", "abc", LETTERS]))
        text1 = draw(st.text(alphabet, min_size=1, max_size=12))
        text2 = draw(st.text(alphabet, min_size=1, max_size=12))
    else:  # long strings: Hypothesis alone rarely draws them
        n1 = draw(st.integers(1, MAX_LEN))
        n2 = draw(st.integers(1, MAX_LEN))
        seed = draw(st.integers(0, 2**32))
        rng = random.Random(seed)
        alphabet = LETTERS[: rng.choice([1, 2, 4, 26])]
        text1 = "".join(rng.choice(alphabet) for _ in range(n1))
        text2 = "".join(rng.choice(alphabet) for _ in range(n2))
    return {"text1": text1, "text2": text2}


def inputs():
    return _inputs()


def valid(args):
    for name in ("text1", "text2"):
        s = args.get(name)
        if type(s) is not str or not 1 <= len(s) <= MAX_LEN:
            return f"{name} length out of range"
        if any(ch not in LETTERS for ch in s):
            return f"{name} has a character that is not a lowercase letter"
    return None


def large(n, rng):
    n = max(1, n)
    alphabet = "abcd"
    return {
        "text1": "".join(rng.choice(alphabet) for _ in range(n)),
        "text2": "".join(rng.choice(alphabet) for _ in range(n)),
    }
