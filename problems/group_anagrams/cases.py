import itertools
import random
import string

from hypothesis import strategies as st

MAX_COUNT = 10_000
MAX_WORD = 100
LETTERS = string.ascii_lowercase

EXAMPLES = [
    {"args": {"strs": ["eat", "tea", "tan", "ate", "nat", "bat"]},
     "expected": [["eat", "tea", "ate"], ["tan", "nat"], ["bat"]]},
    {"args": {"strs": [""]}, "expected": [[""]]},
    {"args": {"strs": ["a"]}, "expected": [["a"]]},
]


def _shuffled(rng, word):
    letters = list(word)
    rng.shuffle(letters)
    return "".join(letters)


def _words(rng, count, bases):
    """count words, each a rearrangement of one of the base words."""
    return [_shuffled(rng, rng.choice(bases)) for _ in range(count)]


_r = random.Random(49)
_LISTEN = ["".join(p) for p in itertools.permutations("listen")]  # 720, with no repeats
_ONE_GROUP = [_r.choice(_LISTEN) for _ in range(3000)]
_FOUR_GROUPS = _words(_r, MAX_COUNT, ["listen", "stone", "abcdefghij", "zzy"])
_MANY_GROUPS = ["".join(_r.choices("abcde", k=_r.randint(0, 5))) for _ in range(MAX_COUNT)]
_DISTINCT = ["".join(p) for p in itertools.islice(itertools.combinations(LETTERS, 4), MAX_COUNT)]
_LONG_BASES = ["".join(_r.choices(LETTERS, k=MAX_WORD)) for _ in range(30)]
_LONG_WORDS = _words(_r, 3000, _LONG_BASES)
_WITH_EMPTY = _words(_r, MAX_COUNT - 500, ["ab", "ba", "c", "abc", "zz"]) + [""] * 500
_r.shuffle(_WITH_EMPTY)

HIDDEN = [
    {"tag": "single empty word", "args": {"strs": [""]}},
    {"tag": "several empty words", "args": {"strs": ["", "", ""]}},
    {"tag": "empty word among letters", "args": {"strs": ["", "a", "", "b", "a"]}},
    {"tag": "single word", "args": {"strs": ["zebra"]}},
    {"tag": "all anagrams of each other", "args": {"strs": ["abc", "bca", "cab", "acb", "bac", "cba"]}},
    {"tag": "no two anagrams", "args": {"strs": ["abc", "abd", "abe", "xyz"]}},
    {"tag": "same letters, different counts", "args": {"strs": ["aab", "abb", "ab", "ba", "bba"]}},
    {"tag": "repeated word", "args": {"strs": ["eat", "eat", "tea", "eat"]}},
    {"tag": "one letter repeated", "args": {"strs": ["a", "aa", "aaa", "aa"]}},
    {"tag": "equal letter-code sums", "args": {"strs": ["ad", "bc", "da", "cb", "aaf"]}},
    {"tag": "letter counts 1,11 vs 11,1", "args": {"strs": ["a" + "b" * 11, "a" * 11 + "b", "b" * 11 + "a"]}},
    {"tag": "letter counts 1,12 vs 11,2", "args": {"strs": ["c" + "d" * 12, "c" * 11 + "dd", "d" * 12 + "c", "cd"]}},
    {"tag": "whole alphabet", "args": {"strs": [LETTERS, LETTERS[::-1], LETTERS[1:] + "a", LETTERS[:-1]]}},
    {"tag": "longest words", "args": {"strs": ["a" * 50 + "b" * 50, "b" * 50 + "a" * 50, "a" * 49 + "b" * 51,
                                              "ab" * 50, "z" * MAX_WORD]}},
    {"tag": "3000 words, one group", "args": {"strs": _ONE_GROUP}},
    {"tag": "max count, four big groups", "args": {"strs": _FOUR_GROUPS}},
    {"tag": "max count, many small groups", "args": {"strs": _MANY_GROUPS}},
    {"tag": "max count, no two anagrams", "args": {"strs": _DISTINCT}},
    {"tag": "max count, with empty words", "args": {"strs": _WITH_EMPTY}},
    {"tag": "3000 words of length 100", "args": {"strs": _LONG_WORDS}},
]

_word = st.text(alphabet=st.sampled_from("abc"), max_size=6) | st.text(alphabet=st.sampled_from(LETTERS), max_size=12)


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        strs = draw(st.lists(_word, min_size=1, max_size=20))
    else:  # many words: Hypothesis alone rarely draws them
        seed = draw(st.integers(0, 2**32))
        rng = random.Random(seed)
        longest = rng.choice([2, 6, MAX_WORD])
        size = draw(st.integers(1, MAX_COUNT if longest < MAX_WORD else 2000))
        alphabet = rng.choice(["ab", "abcde", LETTERS])
        groups = rng.choice([1, 10, size])
        bases = ["".join(rng.choices(alphabet, k=rng.randint(0, longest))) for _ in range(groups)]
        strs = _words(rng, size, bases)
    return {"strs": strs}


def inputs():
    return _inputs()


def valid(args):
    strs = args["strs"]
    if type(strs) is not list or not 1 <= len(strs) <= MAX_COUNT:
        return "wrong number of words"
    for s in strs:
        if type(s) is not str or len(s) > MAX_WORD:
            return "word too long or not a string"
        if any(c not in LETTERS for c in s):
            return "word with a character other than a-z"
    return None


_LARGE_BASES = ["".join(p) for base in ("stop", "eat", "night") for p in itertools.permutations(base)]


def large(n, rng):
    # Short words falling into a few big groups (anagrams of three base words).
    return {"strs": rng.choices(_LARGE_BASES, k=n)}


def _normal(groups):
    return sorted(sorted(group) for group in groups)


def check(args, expected, got):
    """The same groups as expected, in any order, members in any order."""
    if type(got) is not list:
        return False
    for group in got:
        if type(group) is not list or not group or any(type(s) is not str for s in group):
            return False
    return _normal(got) == _normal(expected)
