import random
import string

from hypothesis import strategies as st

MAX_WORDS = 5000
MAX_LEN = 10
LETTERS = string.ascii_lowercase


def _walk(count, length, rng, letters=LETTERS):
    """`count` distinct words, each one letter away from a word made before it."""
    word = "".join(rng.choice(letters) for _ in range(length))
    words, seen = [word], {word}
    tries = 0
    while len(words) < count and tries < 50 * count:
        tries += 1
        base = words[-1] if rng.random() < 0.7 else rng.choice(words)
        i = rng.randrange(length)
        nxt = base[:i] + rng.choice(letters) + base[i + 1 :]
        if nxt not in seen:
            seen.add(nxt)
            words.append(nxt)
    return words


def _staircase(length):
    """The longest ladder without a shortcut this builds: raise the letter of each
    position in turn (a to b at position 0, then 1, ..., then b to c at position 0, ...).
    Two words more than one step apart differ in at least two positions."""
    words = ["a" * length]
    for step in range(25 * length):
        prev, pos = words[-1], step % length
        words.append(prev[:pos] + chr(ord(prev[pos]) + 1) + prev[pos + 1 :])
    return words


def _random_words(count, length, rng, letters=LETTERS):
    count = min(count, len(letters) ** length)
    words = set()
    while len(words) < count:
        words.add("".join(rng.choice(letters) for _ in range(length)))
    return sorted(words)


def _case(tag, begin, end, words):
    return {"tag": tag, "args": {"beginWord": begin, "endWord": end, "wordList": words}}


def _shuffled(words, seed):
    words = list(words)
    random.Random(seed).shuffle(words)
    return words


_STAIRS = _staircase(MAX_LEN)
_PADDING = [
    w for w in _random_words(MAX_WORDS, MAX_LEN, random.Random(8), "mnopqrstuvwxyz") if w not in _STAIRS
]
_WALK = _walk(MAX_WORDS, MAX_LEN, random.Random(7), "abcd")
_TWO_LETTERS = ["".join(p) for p in __import__("itertools").product(LETTERS, repeat=2)]

EXAMPLES = [
    {
        "args": {
            "beginWord": "hit",
            "endWord": "cog",
            "wordList": ["hot", "dot", "dog", "lot", "log", "cog"],
        },
        "expected": 5,
    },
    {
        "args": {"beginWord": "hit", "endWord": "cog", "wordList": ["hot", "dot", "dog", "lot", "log"]},
        "expected": 0,
    },
    {
        "args": {"beginWord": "cold", "endWord": "warm", "wordList": ["cord", "card", "ward", "warm"]},
        "expected": 5,
    },
]

HIDDEN = [
    _case("one letter, straight there", "a", "c", ["a", "b", "c"]),
    _case("end one change away but not in the list", "hot", "hog", ["hat", "dog", "dot"]),
    _case("end one change away and in the list", "lead", "load", ["load"]),
    _case("begin word in the list too", "cat", "cot", ["cat", "bat", "cot"]),
    _case("no link from the begin word", "abc", "xyz", ["xyc", "xyz", "xbz"]),
    _case("list of one word, not the end", "ab", "cd", ["ab"]),
    _case("two changes, but no word in between", "ab", "cd", ["cd"]),
    _case(
        "a long way listed first, a short way later",
        "aaa",
        "ccc",
        ["baa", "bba", "bbb", "cbb", "ccb", "caa", "cca", "ccc"],
    ),
    _case("dead ends around the only way", "hit", "cog", ["hot", "hat", "hut", "dot", "dog", "cog", "lot"]),
    _case("the same letter changed twice", "aa", "ac", ["ab", "ac", "bb", "bc"]),
    _case("words of ten letters", "abcdefghij", "abcdefghiz", ["abcdefghiz", "abcdefghzj"]),
    _case(
        "max list, a ladder of 251 words among dead ends",
        _STAIRS[0],
        _STAIRS[-1],
        _shuffled(_STAIRS[1:] + _PADDING[: MAX_WORDS - len(_STAIRS) + 1], 1),
    ),
    _case(
        "max list, the long ladder one word short",
        _STAIRS[0],
        _STAIRS[-1],
        _shuffled(_STAIRS[1:200] + _STAIRS[201:] + _PADDING[: MAX_WORDS - len(_STAIRS) + 2], 2),
    ),
    _case("max list, web of four letters", _WALK[0], _WALK[-1], _shuffled(_WALK, 3)),
    _case("every two-letter word", "aa", "zz", _shuffled(_TWO_LETTERS, 4)),
    _case(
        "max list, random ten-letter words, unreachable",
        "abcdefghij",
        "jihgfedcba",
        [*_random_words(MAX_WORDS - 1, MAX_LEN, random.Random(5)), "jihgfedcba"],
    ),
    _case(
        "max list, dense words of four letters",
        "aaaa",
        "dddd",
        _random_words(MAX_WORDS, 4, random.Random(6), "abcdefghij"),
    ),
]


@st.composite
def _small(draw):
    length = draw(st.integers(1, 4))
    letter = st.sampled_from(draw(st.sampled_from(["ab", "abc", "abcd", "abz"])))
    word = st.text(letter, min_size=length, max_size=length)
    words = draw(st.lists(word, min_size=1, max_size=12, unique=True))
    begin = draw(word)
    end = draw(st.one_of(st.sampled_from(words), word).filter(lambda w: w != begin))
    return {"beginWord": begin, "endWord": end, "wordList": words}


@st.composite
def _big(draw):
    length = draw(st.integers(1, MAX_LEN))
    letters = LETTERS[: draw(st.integers(2, 26))]
    count = min(draw(st.integers(1, MAX_WORDS)), len(letters) ** length)
    rng = random.Random(draw(st.integers(0, 2**32)))
    if draw(st.booleans()):
        words = _walk(count, length, rng, letters)
    else:
        words = _random_words(count, length, rng, letters)
    begin = rng.choice(words)
    others = [w for w in words if w != begin]
    if not others or draw(st.booleans()):
        end = "".join(rng.choice(letters) for _ in range(length))
        if end == begin:
            end = ("b" if begin[0] == "a" else "a") + begin[1:]
    else:
        end = others[-1] if draw(st.booleans()) else rng.choice(others)
    rng.shuffle(words)
    if draw(st.booleans()):  # the begin word is often not in the list
        words = [w for w in words if w != begin] or [end]
    return {"beginWord": begin, "endWord": end, "wordList": words}


def inputs():
    return st.one_of(_small(), _big())


def _word(w, length):
    return type(w) is str and len(w) == length and all(c in LETTERS for c in w)


def valid(args):
    begin, end, words = args["beginWord"], args["endWord"], args["wordList"]
    if type(begin) is not str or not 1 <= len(begin) <= MAX_LEN:
        return "beginWord length out of range"
    if not _word(begin, len(begin)) or not _word(end, len(begin)):
        return "beginWord and endWord must be lowercase words of the same length"
    if begin == end:
        return "beginWord equals endWord"
    if type(words) is not list or not 1 <= len(words) <= MAX_WORDS:
        return "wordList size out of range"
    if not all(_word(w, len(begin)) for w in words):
        return "a word of the list is not lowercase or has another length"
    if len(set(words)) != len(words):
        return "a word appears twice in the list"
    return None


def large(n, rng):
    # every word but the end reachable, the end cut off: a search reads the whole list.
    # Four-letter words keep a call short enough for the probe to see many sizes; the
    # work per word is the same kind at every length.
    words = _walk(n - 1, 4, rng, LETTERS[:20])
    end = "zzzz"
    rest = [*words[1:], end]
    rng.shuffle(rest)
    return {"beginWord": words[0], "endWord": end, "wordList": rest}
