import itertools
import random
import string

from hypothesis import strategies as st

MAX_WORDS = 100
MAX_LEN = 100
LETTERS = string.ascii_lowercase


def _sorted_by(order, words):
    rank = {c: i for i, c in enumerate(order)}
    return sorted(words, key=lambda w: [rank[c] for c in w])


def _dictionary(count, length, rng, letters=LETTERS, shared=0):
    """`count` distinct words of up to `length` letters sorted in a random alien order;
    the first `shared` letters are the same in every word, so comparisons read far."""
    order = list(letters)
    rng.shuffle(order)
    prefix = "".join(rng.choice(letters) for _ in range(shared))
    words = set()
    for _ in range(20 * count):
        if len(words) >= count:
            break
        size = rng.randint(max(1, shared), max(1, length)) if length > shared else shared
        words.add(prefix + "".join(rng.choice(letters) for _ in range(size - shared)))
    return _sorted_by(order, words)


def _edges(words):
    """What adjacent words say: (before, after) letter pairs; None when a word comes
    after its own proper prefix, which no order allows."""
    edges = set()
    for first, second in itertools.pairwise(words):
        for a, b in zip(first, second, strict=False):
            if a != b:
                edges.add((a, b))
                break
        else:
            if len(first) > len(second):
                return None
    return edges


def _case(tag, words):
    return {"tag": tag, "args": {"words": words}}


_ALPHA_SHUFFLED = list("qwertyuiopasdfghjklzxcvbnm")

EXAMPLES = [
    {"args": {"words": ["wrt", "wrf", "er", "ett", "rftt"]}, "expected": "wertf"},
    {"args": {"words": ["z", "x"]}, "expected": "zx"},
    {"args": {"words": ["z", "x", "z"]}, "expected": ""},
]

HIDDEN = [
    _case("one word, one letter", ["a"]),
    _case("one word, repeated letters", ["zzz"]),
    _case("word after its own prefix", ["abc", "ab"]),
    _case("prefix first is fine", ["ab", "abc"]),
    _case("the same word twice", ["xy", "xy"]),
    _case("two letters in a cycle", ["ab", "ba", "ab"]),
    _case("a longer cycle", ["ca", "cb", "ba", "bc", "ac"]),
    _case("only the first difference counts", ["abz", "bay"]),
    _case("letters no pair says anything about", ["ax", "ay", "q"]),
    _case("a chain of all 26 letters", list(_ALPHA_SHUFFLED)),
    _case("all 26 letters, one cycle closing", [*_ALPHA_SHUFFLED, _ALPHA_SHUFFLED[0]]),
    _case("prefix conflict after valid pairs", ["ba", "bc", "ac", "cab", "ca"]),
    _case("prefix rule among equal starts", ["wrt", "wrtkj", "wrt"]),
    _case(
        "max words, max length, shared prefix", _dictionary(MAX_WORDS, MAX_LEN, random.Random(1), shared=97)
    ),
    _case("max words, random lengths", _dictionary(MAX_WORDS, MAX_LEN, random.Random(2))),
    _case(
        "max words of one letter, repeats side by side",
        _sorted_by(_ALPHA_SHUFFLED, [random.Random(4).choice("qwertyuiop") for _ in range(MAX_WORDS)]),
    ),
    _case(
        "max words, two swapped",
        (lambda w: [*w[:40], w[41], w[40], *w[42:]])(_dictionary(MAX_WORDS, 6, random.Random(3), "abcdef")),
    ),
    _case("max length word, then its prefix", ["x" * 99 + "y", "x" * 99]),
]


@st.composite
def _small(draw):
    letters = draw(st.sampled_from(["ab", "abc", "abcd", "xyz"]))
    word = st.text(st.sampled_from(letters), min_size=1, max_size=4)
    if draw(st.booleans()):  # sorted by a drawn order: some order always exists
        order = draw(st.permutations(letters))
        return {"words": _sorted_by(order, draw(st.lists(word, min_size=1, max_size=8)))}
    return {"words": draw(st.lists(word, min_size=1, max_size=6))}


@st.composite
def _big(draw):
    count = draw(st.integers(1, MAX_WORDS))
    length = draw(st.integers(1, MAX_LEN))
    letters = LETTERS[: draw(st.integers(1, 26))]
    rng = random.Random(draw(st.integers(0, 2**32)))
    shared = draw(st.sampled_from([0, 0, length // 2, max(0, length - 2)]))
    words = _dictionary(count, length, rng, letters, shared)
    spoil = draw(st.sampled_from(["none", "none", "swap", "prefix"]))
    if spoil == "swap" and len(words) >= 2:
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    elif spoil == "prefix" and len(words[-1]) >= 2:
        words.append(words[-1][: rng.randint(1, len(words[-1]) - 1)])
        words = words[-MAX_WORDS:]
    return {"words": words}


def inputs():
    return st.one_of(_small(), _big())


def valid(args):
    words = args["words"]
    if type(words) is not list or not 1 <= len(words) <= MAX_WORDS:
        return "number of words out of range"
    for w in words:
        if type(w) is not str or not 1 <= len(w) <= MAX_LEN or any(c not in LETTERS for c in w):
            return "a word is not 1 to 100 lowercase letters"
    return None


def check(args, expected, got):
    """Any order of exactly the letters used in which every pair of adjacent words says
    the truth; "" where no order exists."""
    if type(got) is not str:
        return False
    if expected == "":
        return got == ""
    words = args["words"]
    if len(got) != len(set(got)) or set(got) != {c for w in words for c in w}:
        return False
    place = {c: i for i, c in enumerate(got)}
    edges = _edges(words)
    return edges is not None and all(place[a] < place[b] for a, b in edges)


def large(n, rng):
    # the most words allowed, all sharing a long prefix: every comparison of neighbours
    # reads almost the whole word
    count = min(MAX_WORDS, max(1, n // 4))
    length = max(4, n // count)
    return {"words": _dictionary(count, length, rng, shared=length - 3)}
