import random
import string

from hypothesis import strategies as st

MAX_S = 300
MAX_WORDS = 1000
MAX_WORD = 20
LETTERS = string.ascii_lowercase

EXAMPLES = [
    {"args": {"s": "leetcode", "wordDict": ["leet", "code"]}, "expected": True},
    {"args": {"s": "applepenapple", "wordDict": ["apple", "pen"]}, "expected": True},
    {"args": {"s": "catsandog", "wordDict": ["cats", "dog", "sand", "and", "cat"]}, "expected": False},
]

_rng = random.Random(139)


def _word_set(rng, count, alphabet, low, high):
    words = set()
    while len(words) < count:
        words.add("".join(rng.choice(alphabet) for _ in range(rng.randint(low, high))))
    return sorted(words)


def _sentence(rng, words, length):
    """Words glued together, as long as possible without passing `length`."""
    out = ""
    while True:
        fitting = [w for w in words if len(out) + len(w) <= length]
        if not fitting:
            return out
        out += rng.choice(fitting)


_BIG_DICT = _word_set(_rng, MAX_WORDS, "abc", 1, MAX_WORD)
_BIG_TRUE = _sentence(_rng, _BIG_DICT, MAX_S)
_BIG_FALSE = _BIG_TRUE[:150] + "d" + _BIG_TRUE[151:]
_AB = ["a", "b", "ab", "ba", "aab", "bba"]

HIDDEN = [
    {"tag": "one letter, found", "args": {"s": "a", "wordDict": ["a"]}},
    {"tag": "one letter, missing", "args": {"s": "a", "wordDict": ["b"]}},
    {"tag": "whole string is a word", "args": {"s": "leetcode", "wordDict": ["leetcode"]}},
    {"tag": "word longer than s", "args": {"s": "apple", "wordDict": ["applepen"]}},
    {"tag": "one word many times", "args": {"s": "aaaa", "wordDict": ["a"]}},
    {"tag": "longest prefix first fails", "args": {"s": "goalspecial", "wordDict": ["go", "goal", "goals", "special"]}},
    {"tag": "shortest prefix first fails", "args": {"s": "aaaaaaa", "wordDict": ["aaaa", "aaa"]}},
    {"tag": "removing words from s fails", "args": {"s": "cars", "wordDict": ["car", "ca", "rs"]}},
    {"tag": "last piece matches, start does not", "args": {"s": "ab", "wordDict": ["b"]}},
    {"tag": "needs a long word", "args": {"s": "bb", "wordDict": ["a", "b", "bbb", "bbbb"]}},
    {"tag": "max-length words only", "args": {"s": "a" * MAX_S, "wordDict": ["a" * MAX_WORD]}},
    {"tag": "max length, split before a 20-letter word",
     "args": {"s": "b" + "a" * (MAX_S - 1), "wordDict": ["b", "a" * MAX_WORD, "a" * (MAX_WORD - 1)]}},
    {"tag": "max length, many splits, none works",
     "args": {"s": "a" * (MAX_S - 1) + "b", "wordDict": ["a" * k for k in range(1, 11)]}},
    {"tag": "max length, many splits, one works",
     "args": {"s": "a" * (MAX_S - 1) + "b", "wordDict": ["a" * k for k in range(1, 11)] + ["ab"]}},
    {"tag": "alphabet minus one letter",
     "args": {"s": (LETTERS * 12)[:MAX_S], "wordDict": [c for c in LETTERS if c != "q"]}},
    {"tag": "max dictionary, breakable", "args": {"s": _BIG_TRUE, "wordDict": _BIG_DICT}},
    {"tag": "max dictionary, one bad letter", "args": {"s": _BIG_FALSE, "wordDict": _BIG_DICT}},
    {"tag": "max length, short overlapping words",
     "args": {"s": _sentence(_rng, _AB, MAX_S), "wordDict": _AB}},
]


@st.composite
def _inputs(draw):
    seed = draw(st.integers(0, 2**32))
    rng = random.Random(seed)
    if draw(st.booleans()):  # small, drawn
        alphabet = draw(st.sampled_from(["a", "ab", "abc"]))
        words = draw(st.lists(st.text(alphabet, min_size=1, max_size=4), min_size=1, max_size=6, unique=True))
        if draw(st.booleans()):
            s = draw(st.text(alphabet, min_size=1, max_size=12))
        else:
            s = _sentence(rng, words, draw(st.integers(1, 12))) or words[0]
    else:  # large, built from a seed
        alphabet = LETTERS[: rng.choice([1, 2, 3, 26])]
        high = rng.randint(1, MAX_WORD)
        count = draw(st.integers(1, MAX_WORDS))
        count = min(count, sum(len(alphabet) ** k for k in range(1, high + 1)))
        words = _word_set(rng, count, alphabet, 1, high)
        s = _sentence(rng, words, draw(st.integers(1, MAX_S))) or words[0]
        if rng.random() < 0.5:  # spoil one letter
            i = rng.randrange(len(s))
            s = s[:i] + rng.choice(LETTERS) + s[i + 1:]
    return {"s": s, "wordDict": words}


def inputs():
    return _inputs()


def valid(args):
    s, words = args.get("s"), args.get("wordDict")
    if type(s) is not str or not 1 <= len(s) <= MAX_S:
        return "s length out of range"
    if type(words) is not list or not 1 <= len(words) <= MAX_WORDS:
        return "dictionary size out of range"
    if any(type(w) is not str or not 1 <= len(w) <= MAX_WORD for w in words):
        return "word length out of range"
    if len(set(words)) != len(words):
        return "words are not distinct"
    if any(ch not in LETTERS for w in [s] + words for ch in w):
        return "a character is not a lowercase letter"
    return None


def large(n, rng):
    # one letter repeated, then a letter no word has: every position can be reached,
    # yet the whole string cannot be cut. The fixed dictionary holds that letter once
    # and twice, so looking back over the word lengths costs two checks per position,
    # while trying every earlier cut (or every prefix of the rest) costs O(n^2) slices.
    n = max(1, n)
    letter, last = rng.sample(LETTERS, 2)
    return {"s": letter * (n - 1) + last, "wordDict": [letter, letter * 2]}
