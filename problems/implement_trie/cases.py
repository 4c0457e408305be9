import random
import string

from hypothesis import strategies as st

MAX_LEN = 2000
MAX_CALLS = 30_000
METHODS = ("insert", "search", "startsWith")


def _ops(*calls):
    """Operations and arguments from (method, string) pairs, constructor first."""
    return {
        "operations": ["Trie"] + [m for m, _ in calls],
        "arguments": [[]] + [[s] for _, s in calls],
    }


EXAMPLES = [
    {
        "args": _ops(("insert", "apple"), ("search", "apple"), ("search", "app"),
                     ("startsWith", "app"), ("insert", "app"), ("search", "app")),
        "expected": [None, None, True, False, True, None, True],
    },
    {
        "args": _ops(("search", "cat"), ("startsWith", "c"), ("insert", "cat"),
                     ("startsWith", "ca"), ("startsWith", "cats"), ("search", "ca")),
        "expected": [None, False, False, None, True, False, False],
    },
]


def _chain(depth):
    # "a", "aa", ... inserted, then each searched and a few misses
    calls = [("insert", "a" * k) for k in range(1, depth + 1, 2)]
    calls += [("search", "a" * k) for k in range(1, depth + 2)]
    calls += [("startsWith", "a" * (depth + 1)), ("startsWith", "a" * depth)]
    return _ops(*calls)


def _many_calls():
    # 3 * 10^4 calls over a pool of 200 short words; queries are pool prefixes or
    # random strings of up to seven letters (often absent)
    rng = random.Random(208)
    words = ["".join(rng.choice("abcd") for _ in range(rng.randint(1, 6))) for _ in range(200)]
    calls = []
    for i in range(MAX_CALLS):
        m = METHODS[i % 3]
        if m == "insert" or rng.random() < 0.5:
            s = rng.choice(words)
            if m == "startsWith":
                s = s[: rng.randint(1, len(s))]
        else:
            s = "".join(rng.choice("abcd") for _ in range(rng.randint(1, 7)))
        calls.append((m, s))
    return _ops(*calls)


_LONG = "".join(random.Random(2000).choice("xyz") for _ in range(MAX_LEN))

HIDDEN = [
    {"tag": "only the constructor", "args": _ops()},
    {"tag": "queries on an empty trie", "args": _ops(("search", "a"), ("startsWith", "a"))},
    {"tag": "single letter word", "args": _ops(("insert", "z"), ("search", "z"), ("startsWith", "z"),
                                               ("search", "a"), ("startsWith", "zz"))},
    {"tag": "prefix is not a word", "args": _ops(("insert", "apple"), ("search", "appl"), ("search", "a"),
                                                 ("startsWith", "appl"), ("startsWith", "apple"))},
    {"tag": "longer than any word", "args": _ops(("insert", "tree"), ("search", "trees"),
                                                 ("startsWith", "trees"), ("startsWith", "treex"))},
    {"tag": "shorter word added after longer", "args": _ops(("insert", "banana"), ("search", "ban"),
                                                            ("insert", "ban"), ("search", "ban"),
                                                            ("search", "bana"), ("search", "banana"))},
    {"tag": "longer word added after shorter", "args": _ops(("insert", "ban"), ("insert", "banana"),
                                                            ("search", "ban"), ("search", "banan"),
                                                            ("search", "banana"), ("startsWith", "banan"))},
    {"tag": "duplicate inserts", "args": _ops(("insert", "dog"), ("insert", "dog"), ("search", "dog"),
                                              ("insert", "dog"), ("search", "do"), ("startsWith", "dog"))},
    {"tag": "letters seen at other positions", "args": _ops(("insert", "ab"), ("insert", "ba"),
                                                            ("search", "aa"), ("search", "bb"),
                                                            ("startsWith", "bb"), ("startsWith", "aab"),
                                                            ("search", "ab"), ("search", "ba"))},
    {"tag": "differs only in the last letter", "args": _ops(("insert", "abcdefgh"), ("search", "abcdefgi"),
                                                            ("startsWith", "abcdefgi"), ("startsWith", "abcdefg"))},
    {"tag": "branching after a shared prefix", "args": _ops(("insert", "car"), ("insert", "cart"),
                                                            ("insert", "care"), ("insert", "cat"),
                                                            ("search", "ca"), ("search", "care"),
                                                            ("search", "cars"), ("startsWith", "cart"),
                                                            ("startsWith", "carts"), ("search", "cat"))},
    {"tag": "every letter", "args": _ops(*[("insert", c) for c in string.ascii_lowercase],
                                         *[("search", c + c) for c in "aqz"],
                                         *[("search", c) for c in "amz"],
                                         ("startsWith", "m"))},
    {"tag": "nested chain of a's", "args": _chain(300)},
    {"tag": "max length word", "args": _ops(("insert", _LONG), ("search", _LONG), ("search", _LONG[:-1]),
                                            ("startsWith", _LONG[:-1]), ("startsWith", _LONG),
                                            ("search", _LONG[:-1] + "a"))},
    {"tag": "max length queries, short word", "args": _ops(("insert", "x"), ("search", "x" * MAX_LEN),
                                                           ("startsWith", "x" * MAX_LEN),
                                                           ("startsWith", "x"))},
    {"tag": "search before and after insert", "args": _ops(("search", "hello"), ("startsWith", "he"),
                                                           ("insert", "hello"), ("search", "hello"),
                                                           ("startsWith", "he"), ("search", "hell"))},
    {"tag": "max number of calls", "args": _many_calls()},
]


def _word(draw_or_rng, alphabet, max_len):
    return "".join(draw_or_rng.choice(alphabet) for _ in range(draw_or_rng.randint(1, max_len)))


@st.composite
def _inputs(draw):
    branch = draw(st.integers(0, 2))
    if branch == 0:
        word = st.text(alphabet="abc", min_size=1, max_size=6)
        calls = draw(st.lists(st.tuples(st.sampled_from(METHODS), word), max_size=40))
        return _ops(*calls)
    # built from a drawn size and seed: up to the maximum number of calls over a
    # pool of at most 100 words, or up to 3000 calls with fresh words each time
    if branch == 1:
        size, pool_size = draw(st.integers(1, MAX_CALLS)), draw(st.integers(1, 100))
    else:
        size, pool_size = draw(st.integers(1, 3000)), None
    max_len = draw(st.sampled_from([3, 8, 30, MAX_LEN]))
    rng = random.Random(draw(st.integers(0, 2**32)))
    alphabet = string.ascii_lowercase[: rng.choice([2, 5, 26])]
    budget = 60_000  # characters in all, to keep the input small
    pool = [_word(rng, alphabet, max_len) for _ in range(pool_size or 0)]
    inserted = []
    calls = []
    for _ in range(size):
        m = rng.choice(METHODS)
        if pool and (m == "insert" or rng.random() < 0.5):
            s = rng.choice(pool)
        elif m != "insert" and inserted and rng.random() < 0.5:
            s = rng.choice(inserted)
        else:
            s = _word(rng, alphabet, max_len)
        if m == "startsWith" and rng.random() < 0.5:
            s = s[: rng.randint(1, len(s))]
        budget -= len(s)
        if budget < 0:
            break
        if m == "insert":
            inserted.append(s)
        calls.append((m, s))
    return _ops(*calls)


def inputs():
    return _inputs()


def valid(args):
    ops, argv = args["operations"], args["arguments"]
    if len(ops) != len(argv) or not ops:
        return "operations and arguments differ in length"
    if ops[0] != "Trie" or argv[0] != []:
        return "the first operation must be Trie()"
    if len(ops) - 1 > MAX_CALLS:
        return "too many calls"
    for m, a in zip(ops[1:], argv[1:]):
        if m not in METHODS:
            return f"unknown operation {m!r}"
        if len(a) != 1 or not isinstance(a[0], str):
            return f"{m} takes one string"
        s = a[0]
        if not 1 <= len(s) <= MAX_LEN:
            return "string length out of range"
        if any(c not in string.ascii_lowercase for c in s):
            return "only lowercase letters allowed"
    return None


def large(n, rng):
    # n characters in all: words of 5..15 letters over four letters, so that words
    # share prefixes; a third inserts, the rest searches and prefix queries.
    calls = []
    inserted = []
    total = 0
    while total < n:
        m = rng.choice(METHODS)
        if m != "insert" and inserted and rng.random() < 0.5:
            s = rng.choice(inserted)
            if m == "startsWith":
                s = s[: rng.randint(1, len(s))]
        else:
            s = "".join(rng.choice("abcd") for _ in range(rng.randint(5, 15)))
        s = s[: max(1, n - total)]
        if m == "insert":
            inserted.append(s)
        calls.append((m, s))
        total += len(s)
    return _ops(*calls)
