import random
import string

from hypothesis import strategies as st

MAX_LEN = 100
MAX_TIME = 10**7
MAX_CALLS = 2 * 10**5
ALPHABET = string.ascii_lowercase + string.digits
_CHARS = set(ALPHABET)


def _ops(*calls):
    """Operations and arguments from calls: (key, value, time) is a set, (key, time) a get."""
    return {
        "operations": ["TimeMap"] + ["set" if len(c) == 3 else "get" for c in calls],
        "arguments": [[]] + [list(c) for c in calls],
    }


EXAMPLES = [
    {
        "args": _ops(
            ("cat", "meow", 2),
            ("cat", 1),
            ("cat", 2),
            ("cat", 5),
            ("cat", "purr", 6),
            ("cat", 5),
            ("cat", 6),
            ("dog", 6),
        ),
        "expected": [None, None, "", "meow", "meow", None, "meow", "purr", ""],
    },
    {
        "args": _ops(("a", "x1", 10), ("b", "y", 20), ("a", "x2", 30), ("a", 29), ("b", 19), ("a", MAX_TIME)),
        "expected": [None, None, None, None, "x1", "", "x2"],
    },
]


def _text(rng, max_len, alphabet=ALPHABET):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, max_len)))


def _history_then_gets(rng, sets, gets, keys, gap, value_len=8):
    """`sets` sets spread over `keys`, timestamps `gap` apart on average; then `gets`
    gets at random times over the whole range (some exact, some between, some before)."""
    calls, t = [], 0
    for _ in range(sets):
        t += rng.randint(1, 2 * gap - 1)
        calls.append((rng.choice(keys), _text(rng, value_len), t))
    for _ in range(gets):
        probe = rng.randint(1, min(MAX_TIME, t + gap))
        calls.append((rng.choice(keys), probe))
    return calls


def _mixed(rng, size, keys, max_gap, value_len=8):
    """Sets and gets in any order, gets at random times up to a little past the last set."""
    calls, t = [], 0
    for _ in range(size):
        if rng.random() < 0.5 and t + max_gap <= MAX_TIME:
            t += rng.randint(1, max_gap)
            calls.append((rng.choice(keys), _text(rng, value_len), t))
        else:
            calls.append((rng.choice(keys), rng.randint(1, min(MAX_TIME, t + max_gap))))
    return calls


_rng = random.Random(981)
_K100 = "k" * MAX_LEN
_V100 = "9" * MAX_LEN

HIDDEN = [
    {"tag": "get on an empty store", "args": _ops(("a", 1), ("zz9", MAX_TIME))},
    {"tag": "get before the first set", "args": _ops(("k", "v", 5), ("k", 4), ("k", 1))},
    {
        "tag": "get exactly at a set's time",
        "args": _ops(("k", "one", 3), ("k", "two", 7), ("k", 3), ("k", 7)),
    },
    {
        "tag": "get just before a later set",
        "args": _ops(("k", "one", 3), ("k", "two", 7), ("k", 6), ("k", 8), ("k", 2)),
    },
    {"tag": "only the constructor", "args": _ops()},
    {
        "tag": "smallest and largest timestamps",
        "args": _ops(
            ("t", "first", 1),
            ("t", 1),
            ("t", MAX_TIME - 1),
            ("t", "last", MAX_TIME),
            ("t", MAX_TIME),
            ("t", MAX_TIME - 1),
        ),
    },
    {
        "tag": "key never set, others are",
        "args": _ops(("a", "1", 1), ("b", "2", 2), ("c", 3), ("ab", 3), ("ba", 3)),
    },
    {
        "tag": "a key's history is its own",
        "args": _ops(
            ("a", "a1", 1),
            ("b", "b1", 2),
            ("a", "a2", 3),
            ("b", "b2", 4),
            ("a", 2),
            ("b", 3),
            ("a", 4),
            ("b", 1),
            ("b", 4),
        ),
    },
    {
        "tag": "key that is a prefix of another",
        "args": _ops(("ab", "long", 5), ("a", 6), ("a", "short", 7), ("ab", 8), ("a", 8), ("abc", 8)),
    },
    {
        "tag": "same value set again later",
        "args": _ops(("k", "v", 2), ("k", "w", 4), ("k", "v", 6), ("k", 3), ("k", 5), ("k", 7)),
    },
    {
        "tag": "gets going back in time",
        "args": _ops(
            *[("k", f"v{t}", t) for t in range(10, 101, 10)], *[("k", t) for t in range(105, 0, -7)]
        ),
    },
    {
        "tag": "longest keys and values",
        "args": _ops(
            (_K100, _V100, 50),
            (_K100[:-1], "short", 60),
            (_K100, 50),
            (_K100[:-1], 59),
            (_K100[:-1], 60),
            (_K100, 49),
        ),
    },
    {
        "tag": "digits in keys and values",
        "args": _ops(("0", "1", 1), ("1", "0", 2), ("01", "10", 3), ("0", 3), ("1", 3), ("01", 2), ("10", 3)),
    },
    {
        "tag": "one set, many gets",
        "args": _ops(("k", "v", 500), *[("k", t) for t in (1, 499, 500, 501, MAX_TIME)]),
    },
    {
        "tag": "many keys, few sets each",
        "args": _ops(*_mixed(_rng, 3000, [_text(_rng, 3) for _ in range(400)], 50)),
    },
    {
        "tag": "one key, long history, gets everywhere",
        "args": _ops(*_history_then_gets(_rng, 3000, 3000, ["key"], 40)),
    },
    {"tag": "large time gaps", "args": _ops(*_mixed(_rng, 200, ["p", "q"], MAX_TIME // 120))},
    {
        "tag": "many calls, mixed",
        "args": _ops(*_mixed(_rng, MAX_CALLS // 2, [_text(_rng, 6, "ab1") for _ in range(20)], 80, 3)),
    },
    # a get that scans the key's history costs 10^5 * 5 * 10^4 steps here
    {
        "tag": "max number of calls, one key set, then read",
        "args": _ops(*_history_then_gets(_rng, MAX_CALLS // 2, MAX_CALLS // 2, ["k"], 50, 2)),
    },
]


@st.composite
def _small_calls(draw):
    keys = draw(
        st.lists(st.text(alphabet="ab1", min_size=1, max_size=3), min_size=1, max_size=4, unique=True)
    )
    key = st.sampled_from(keys)
    value = st.text(alphabet="xy7", min_size=1, max_size=3)
    wishes = draw(
        st.lists(st.tuples(st.booleans(), key, value, st.integers(1, 4) | st.integers(1, 1000)), max_size=30)
    )
    calls, t = [], 0
    for is_set, k, v, step in wishes:
        if is_set and t + step <= MAX_TIME:
            t += step
            calls.append((k, v, t))
        else:
            calls.append((k, max(1, min(MAX_TIME, t + 2 - step))))
    return calls


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        return _ops(*draw(_small_calls()))
    # long sessions from a drawn size and seed: Hypothesis alone rarely draws them. Most
    # stay under 5000 calls, and strings of up to 100 letters only there: a session of
    # 2 * 10^5 calls is megabytes of JSON
    short = st.integers(1, 5000)
    size = draw(st.one_of(short, short, short, short, st.integers(1, MAX_CALLS)))
    rng = random.Random(draw(st.integers(0, 2**32)))
    long_text = MAX_LEN if size <= 5000 else 3
    keys = [_text(rng, rng.choice([1, 3, long_text])) for _ in range(rng.choice([1, 5, 1000]))]
    max_gap = max(1, min(rng.choice([1, 10, 1000]), MAX_TIME // size))
    return _ops(*_mixed(rng, size, keys, max_gap, rng.choice([2, long_text])))


def inputs():
    return _inputs()


def _text_ok(s):
    return type(s) is str and 1 <= len(s) <= MAX_LEN and set(s) <= _CHARS


def _time_ok(t):
    return type(t) is int and 1 <= t <= MAX_TIME


def valid(args):
    ops, argv = args["operations"], args["arguments"]
    if type(ops) is not list or type(argv) is not list or len(ops) != len(argv) or not ops:
        return "operations and arguments differ in length"
    if ops[0] != "TimeMap" or argv[0] != []:
        return "the first call must be TimeMap()"
    if len(ops) - 1 > MAX_CALLS:
        return "too many calls"
    last = 0
    for op, a in zip(ops[1:], argv[1:], strict=True):
        if type(a) is not list:
            return "arguments must be lists"
        if op == "set":
            if len(a) != 3 or not _text_ok(a[0]) or not _text_ok(a[1]) or not _time_ok(a[2]):
                return "bad set arguments"
            if a[2] <= last:
                return "set timestamps must increase"
            last = a[2]
        elif op == "get":
            if len(a) != 2 or not _text_ok(a[0]) or not _time_ok(a[1]):
                return "bad get arguments"
        else:
            return f"unknown operation {op!r}"
    return None


def large(n, rng):
    # one key set n/2 times, then n/2 gets at random times: a get that scans the history
    # from either end, with an early exit, reads half of it on average
    sets = max(1, n // 2)
    gap = max(1, min(50, MAX_TIME // (2 * sets)))
    return _ops(*_history_then_gets(rng, sets, n - sets, ["hot"], gap))
