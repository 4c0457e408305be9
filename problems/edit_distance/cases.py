import random
import string

from hypothesis import strategies as st

MAX_LEN = 500
LETTERS = string.ascii_lowercase

EXAMPLES = [
    {"args": {"word1": "horse", "word2": "ros"}, "expected": 3},
    {"args": {"word1": "intention", "word2": "execution"}, "expected": 5},
]

_rng = random.Random(72)


def _random(length, alphabet):
    return "".join(_rng.choice(alphabet) for _ in range(length))


_R1 = _random(MAX_LEN, LETTERS)
_R2 = _random(MAX_LEN, LETTERS)
_NEAR = list(_R1)
for _i in _rng.sample(range(MAX_LEN), 7):
    _NEAR[_i] = "z" if _NEAR[_i] != "z" else "y"
_NEAR = "".join(_NEAR)

HIDDEN = [
    {"tag": "both empty", "args": {"word1": "", "word2": ""}},
    {"tag": "first empty", "args": {"word1": "", "word2": "abc"}},
    {"tag": "second empty", "args": {"word1": "abcd", "word2": ""}},
    {"tag": "equal words", "args": {"word1": "kitten", "word2": "kitten"}},
    {"tag": "one replacement", "args": {"word1": "a", "word2": "b"}},
    {"tag": "swapped pair", "args": {"word1": "ab", "word2": "ba"}},
    {"tag": "insert in front", "args": {"word1": "abc", "word2": "xabc"}},
    {"tag": "delete from the front", "args": {"word1": "xxabc", "word2": "abc"}},
    {"tag": "replace beats delete+insert", "args": {"word1": "sitting", "word2": "kitten"}},
    {"tag": "repeated letters", "args": {"word1": "aaaa", "word2": "aa"}},
    {"tag": "no common letter", "args": {"word1": "abc", "word2": "xyzw"}},
    {"tag": "max length vs empty", "args": {"word1": _R1, "word2": ""}},
    {"tag": "max length, identical", "args": {"word1": _R1, "word2": _R1}},
    {"tag": "max length, disjoint", "args": {"word1": "a" * MAX_LEN, "word2": "b" * MAX_LEN}},
    {"tag": "max length, shifted by one", "args": {"word1": "ab" * 250, "word2": "ba" * 250}},
    {"tag": "max length, a few replacements", "args": {"word1": _R1, "word2": _NEAR}},
    {"tag": "max length, random", "args": {"word1": _R1, "word2": _R2}},
    {"tag": "max length vs one letter", "args": {"word1": "q", "word2": _random(MAX_LEN, "pq")}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        alphabet = draw(st.sampled_from(["ab", "abc", LETTERS]))
        word1 = draw(st.text(alphabet, max_size=10))
        word2 = draw(st.text(alphabet, max_size=10))
    else:  # long words: Hypothesis alone rarely draws them
        n1 = draw(st.integers(0, MAX_LEN))
        n2 = draw(st.integers(0, MAX_LEN))
        seed = draw(st.integers(0, 2**32))
        rng = random.Random(seed)
        alphabet = LETTERS[: rng.choice([1, 2, 4, 26])]
        word1 = "".join(rng.choice(alphabet) for _ in range(n1))
        word2 = "".join(rng.choice(alphabet) for _ in range(n2))
    return {"word1": word1, "word2": word2}


def inputs():
    return _inputs()


def valid(args):
    for name in ("word1", "word2"):
        s = args.get(name)
        if type(s) is not str or not 0 <= len(s) <= MAX_LEN:
            return f"{name} length out of range"
        if any(ch not in LETTERS for ch in s):
            return f"{name} has a character that is not a lowercase letter"
    return None


def large(n, rng):
    n = max(1, n)
    alphabet = "abcd"
    return {
        "word1": "".join(rng.choice(alphabet) for _ in range(n)),
        "word2": "".join(rng.choice(alphabet) for _ in range(n)),
    }
