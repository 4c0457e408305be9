import random
import string

from hypothesis import strategies as st

MAX_LEN = 25
MAX_DOTS = 2
MAX_CALLS = 10**4
LETTERS = string.ascii_lowercase
_LETTERS = set(LETTERS)


def _ops(*calls):
    """Operations and arguments from calls: "+word" adds a word, anything else is a search."""
    return {
        "operations": ["WordDictionary"] + ["addWord" if c[0] == "+" else "search" for c in calls],
        "arguments": [[]] + [[c[1:]] if c[0] == "+" else [c] for c in calls],
    }


EXAMPLES = [
    {
        "args": _ops("+cat", "+cut", "+cattle", "c.t", "ca", "c.ttl.", ".og", "cat.."),
        "expected": [None, None, None, None, True, False, True, False, False],
    },
    {
        "args": _ops(".", "+a", ".", "a.", "b"),
        "expected": [None, False, None, True, False, False],
    },
]


def _word(rng, low, high, alphabet=LETTERS):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))


def _dotted(rng, word, dots):
    """`word` with up to `dots` of its letters replaced by dots."""
    chars = list(word)
    for i in rng.sample(range(len(chars)), min(dots, len(chars))):
        chars[i] = "."
    return "".join(chars)


def _session(rng, size, low, high, alphabet, add_share):
    """Adds and searches mixed; a search is an added word, maybe dotted, or a fresh one."""
    calls, added = [], []
    for _ in range(size):
        if rng.random() < add_share:
            w = _word(rng, low, high, alphabet)
            added.append(w)
            calls.append("+" + w)
        else:
            w = rng.choice(added) if added and rng.random() < 0.6 else _word(rng, low, high, alphabet)
            calls.append(_dotted(rng, w, rng.randint(0, MAX_DOTS)))
    return calls


def _shared_stem(rng, adds, searches, stem_len, tail_len):
    """Words that share a long stem; searches that agree with the stem, half of them
    matching nothing: comparing a pattern with every word of its length walks the whole
    stem each time. The dots sit late in the tail, where a trie has few branches."""
    stem = _word(rng, stem_len, stem_len)
    words = [stem + _word(rng, tail_len, tail_len, LETTERS[:20]) for _ in range(adds)]
    calls = ["+" + w for w in words]
    late = range(stem_len + tail_len // 2, stem_len + tail_len)
    for k in range(searches):
        if k % 2 and words:
            chars = list(rng.choice(words))
        else:  # "z" is in no tail
            chars = list(stem + "z" + _word(rng, tail_len - 1, tail_len - 1))
        for i in rng.sample(late, rng.randint(1, MAX_DOTS)):
            chars[i] = "."
        calls.append("".join(chars))
    return calls


def _one_stem_many_times(adds, searches):
    """Few distinct words of the longest length, added over and over, and searches that
    agree with them up to the last letter: comparing a pattern with every stored word
    (a list keeps the repeats) reads all 25 letters of each."""
    rng = random.Random(2110)
    stem = _word(rng, MAX_LEN - 1, MAX_LEN - 1)
    calls = ["+" + stem + rng.choice(LETTERS[:20]) for _ in range(adds)]
    return calls + [stem[:-2] + "." + stem[-1] + "z"] * searches


_rng = random.Random(211)
_FULL = "".join(_rng.choice(LETTERS) for _ in range(MAX_LEN))
_PAIRS = [a + b for a in LETTERS for b in LETTERS]

HIDDEN = [
    {"tag": "only the constructor", "args": _ops()},
    {"tag": "search on an empty dictionary", "args": _ops("a", ".", "..", "abc")},
    {"tag": "one letter words", "args": _ops("+q", ".", "q", "z", "..", "+z", "z", ".")},
    {"tag": "dot at the start", "args": _ops("+dog", "+fog", ".og", ".ot", ".o", ".og.")},
    {"tag": "dot at the end", "args": _ops("+dog", "do.", "da.", "dog.", "d.")},
    {
        "tag": "two dots side by side",
        "args": _ops("+house", "h..se", "ho..e", "h..s", "..use", "hou..", ".."),
    },
    {"tag": "dots at both ends", "args": _ops("+ladder", ".adde.", ".adder", ".adde", ".ladder", "l.dd.r")},
    {
        "tag": "a dot is exactly one letter",
        "args": _ops("+ct", "+coat", "c.t", "c..t", "c.at", ".", "ct", "c."),
    },
    {
        "tag": "prefix of a word is no match",
        "args": _ops("+banana", "ban", "ban..", "banan.", "b.n", "banana"),
    },
    {
        "tag": "the first branch fails, a later one matches",
        "args": _ops("+abc", "+abd", "+xbe", ".be", ".bd", ".bf", "a.e", "..e"),
    },
    {
        "tag": "backtracking past a dead end deep down",
        "args": _ops(
            "+aaaaaaaaab",
            "+abaaaaaaac",
            "+acaaaaaaad",
            ".aaaaaaaad",
            "a.aaaaaaac",
            "a.aaaaaaab",
            ".baaaaaaac",
            "a.aaaaaaaz",
        ),
    },
    {"tag": "word added after a search", "args": _ops("pear", "p.ar", "+pear", "pear", "p.ar", "pea")},
    {"tag": "duplicate words", "args": _ops("+mmm", "+mmm", "m.m", "mmm", "+mmm", "..m", "mmmm")},
    {"tag": "shorter word added after longer", "args": _ops("+apple", "app", "+app", "app", "a.p", "appl.")},
    {
        "tag": "max length word",
        "args": _ops(
            "+" + _FULL,
            _FULL,
            "." + _FULL[1:],
            _FULL[:-1] + ".",
            _FULL[:12] + "." + _FULL[13:],
            _FULL[:-1],
            "." + _FULL[1:-1] + ".",
            _FULL[:-1] + "z" if _FULL[-1] != "z" else _FULL[:-1] + "y",
        ),
    },
    {"tag": "dots only, or nearly", "args": _ops("+ab", ".", "..", "+xyz", "..", "x..", ".y.", "+k", ".")},
    {
        "tag": "every letter at one position",
        "args": _ops(*["+" + c + "x" for c in LETTERS], ".x", ".y", "qx", "x.", ".."),
    },
    {
        "tag": "all two letter prefixes, dots explore them all",
        "args": _ops(
            *["+" + p + "tail" for p in _PAIRS],
            *[".." + t for t in ("tail", "taik", "tai", "taill")],
            "q.tail",
            ".qtail",
        ),
    },
    {"tag": "many calls, words of every length", "args": _ops(*_session(_rng, 6000, 1, MAX_LEN, "abc", 0.5))},
    {"tag": "max number of calls, short words", "args": _ops(*_session(_rng, MAX_CALLS, 1, 4, LETTERS, 0.4))},
    {
        "tag": "max number of calls, long shared stems",
        "args": _ops(*_shared_stem(_rng, MAX_CALLS // 2, MAX_CALLS // 2, 20, 5)),
    },
    {
        "tag": "max number of calls, one long word many times",
        "args": _ops(*_one_stem_many_times(MAX_CALLS // 2, MAX_CALLS // 2)),
    },
]


@st.composite
def _pattern(draw, word):
    chars = list(word)
    for i in draw(st.lists(st.integers(0, len(chars) - 1), max_size=MAX_DOTS, unique=True)):
        chars[i] = "."
    return "".join(chars)


@st.composite
def _small_calls(draw):
    word = st.text(alphabet="abc", min_size=1, max_size=5)
    calls, added = [], []
    for is_add, w in draw(st.lists(st.tuples(st.booleans(), word), max_size=30)):
        if is_add:
            added.append(w)
            calls.append("+" + w)
        else:
            if added and draw(st.booleans()):
                w = draw(st.sampled_from(added))
            calls.append(draw(_pattern(w)))
    return calls


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        return _ops(*draw(_small_calls()))
    # long sessions from a drawn size and seed: Hypothesis alone rarely draws them
    size = draw(st.integers(1, MAX_CALLS))
    rng = random.Random(draw(st.integers(0, 2**32)))
    if rng.random() < 0.2:
        adds = rng.randint(0, size)
        return _ops(*_shared_stem(rng, adds, size - adds, rng.randint(1, 20), 5))
    low = rng.choice([1, 1, 5, MAX_LEN])
    high = rng.randint(low, MAX_LEN)
    alphabet = LETTERS[: rng.choice([2, 4, 26])]
    return _ops(*_session(rng, size, low, high, alphabet, rng.random()))


def inputs():
    return _inputs()


def valid(args):
    ops, argv = args["operations"], args["arguments"]
    if type(ops) is not list or type(argv) is not list or len(ops) != len(argv) or not ops:
        return "operations and arguments differ in length"
    if ops[0] != "WordDictionary" or argv[0] != []:
        return "the first call must be WordDictionary()"
    if len(ops) - 1 > MAX_CALLS:
        return "too many calls"
    for op, a in zip(ops[1:], argv[1:], strict=True):
        if op not in ("addWord", "search"):
            return f"unknown operation {op!r}"
        if type(a) is not list or len(a) != 1 or type(a[0]) is not str:
            return f"{op} takes one string"
        w = a[0]
        if not 1 <= len(w) <= MAX_LEN:
            return "word length out of range"
        allowed = _LETTERS if op == "addWord" else _LETTERS | {"."}
        if not set(w) <= allowed:
            return "only lowercase letters (and dots in a search)"
        if w.count(".") > MAX_DOTS:
            return "too many dots"
    return None


def large(n, rng):
    # half the calls add words sharing a long stem, the other half search with dots in
    # the tail, half of them matching nothing: a search that compares the pattern with
    # every stored word of its length pays for all of them
    adds = max(1, n // 2)
    return _ops(*_shared_stem(rng, adds, n - adds, 18, 6))
