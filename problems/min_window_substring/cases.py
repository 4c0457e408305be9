import random
import string
from collections import Counter

from hypothesis import strategies as st

MAX_LEN = 10**5
LETTERS = string.ascii_letters
# The longest strings most correctness cases use; the growth check tests speed. Two cases
# are as long as the constraints allow: a linear solution with a large constant (comparing
# whole Counters at every step, 2 s at 10^5) times out there as on LeetCode.
LONG = 600

EXAMPLES = [
    {"args": {"s": "ADOBECODEBANC", "t": "ABC"}, "expected": "BANC"},
    {"args": {"s": "a", "t": "a"}, "expected": "a"},
    {"args": {"s": "a", "t": "aa"}, "expected": ""},
]


def shortest_windows(s, t):
    """The distinct strings among the shortest windows of s that cover t."""
    need = Counter(t)
    have = Counter()
    missing = len(t)
    left = 0
    best, found = None, set()
    for right, c in enumerate(s):
        if need[c] > 0:
            if have[c] < need[c]:
                missing -= 1
            have[c] += 1
        if missing == 0:
            while need[s[left]] == 0 or have[s[left]] > need[s[left]]:
                if need[s[left]] > 0:
                    have[s[left]] -= 1
                left += 1
            size = right - left + 1
            if best is None or size < best:
                best, found = size, {s[left : right + 1]}
            elif size == best:
                found.add(s[left : right + 1])
    return found


def _random(n, alphabet, rng):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _planted(n, filler, window, seed):
    """s: n filler characters with `window` (no filler letters in it) planted inside."""
    rng = random.Random(seed)
    s = _random(n - len(window), filler, rng)
    at = rng.randint(0, len(s))
    return s[:at] + window + s[at:]


_RNG = random.Random(76)
_LONG_UPPER = _planted(LONG, "abcdefgh", "XabYcdeZ", 77)  # t = "XYZ": the window "XabYcdeZ"
_LONG_NONE = _random(LONG, "abcdefghij", _RNG)
_LONG_ALL = _random(LONG - 52, "pq", _RNG) + "".join(random.Random(78).sample(LETTERS, 52)) + "pq" * 3
_LONG_T = "".join(sorted(_LONG_UPPER))  # t is s itself, shuffled: the answer is all of s
_MAX_PLANTED = _planted(MAX_LEN, "abcdefgh", "XabYcdeZ", 79)
# Every letter but Z fills s; the one Z sits in a block of all 52 letters: the only window
# of 52 letters that covers t = all of them (checked unique by valid()).
_MAX_EVERY_LETTER = _planted(MAX_LEN, LETTERS.replace("Z", ""), "".join(random.Random(80).sample(LETTERS, 52)), 80)

HIDDEN = [
    {"tag": "single letter, absent", "args": {"s": "a", "t": "b"}},
    {"tag": "t longer than s", "args": {"s": "ab", "t": "abc"}},
    {"tag": "s equals t", "args": {"s": "xyz", "t": "xyz"}},
    {"tag": "t is s reversed", "args": {"s": "abc", "t": "cba"}},
    {"tag": "case matters, found", "args": {"s": "aA", "t": "A"}},
    {"tag": "case matters, absent", "args": {"s": "Aa", "t": "aa"}},
    {"tag": "repeated letters in t", "args": {"s": "aaflslflsldkalskaaa", "t": "aaa"}},
    {"tag": "repeats in t need more copies", "args": {"s": "babxa", "t": "aab"}},
    {"tag": "extra copies do not cover other letters", "args": {"s": "aab", "t": "ab"}},
    {"tag": "window at the start", "args": {"s": "abcdddd", "t": "cab"}},
    {"tag": "window at the end", "args": {"s": "ddddcab", "t": "abc"}},
    {"tag": "window is all of s", "args": {"s": "aXXXXb", "t": "ba"}},
    {"tag": "later window is shorter", "args": {"s": "bba", "t": "ab"}},
    {"tag": "one letter of t", "args": {"s": "zzzyzz", "t": "y"}},
    {"tag": "letter missing once", "args": {"s": "abcabc", "t": "aaab"}},
    {"tag": "every letter", "args": {"s": LETTERS + "x", "t": LETTERS[::-1]}},
    {"tag": "long, planted window", "args": {"s": _LONG_UPPER, "t": "XYZ"}},
    {"tag": "long, no window", "args": {"s": _LONG_NONE, "t": "ak"}},
    {"tag": "long, every letter once", "args": {"s": _LONG_ALL, "t": LETTERS}},
    {"tag": "long, t as long as s", "args": {"s": _LONG_UPPER, "t": _LONG_T}},
    {"tag": "max length, planted window", "args": {"s": _MAX_PLANTED, "t": "XYZ"}},
    {"tag": "max length, t of many copies", "args": {"s": _MAX_PLANTED, "t": "abcdefgh" * 50 + "XYZ"}},
    {"tag": "max length, t is every letter", "args": {"s": _MAX_EVERY_LETTER, "t": LETTERS}},
]


def _unique(args):
    return len(shortest_windows(args["s"], args["t"])) <= 1


@st.composite
def _small(draw):
    alphabet = draw(st.sampled_from(["ab", "abc", "abcA", LETTERS]))
    s = draw(st.text(alphabet=alphabet, min_size=1, max_size=14))
    t = draw(st.text(alphabet=alphabet, min_size=1, max_size=5))
    return {"s": s, "t": t}


@st.composite
def _long(draw):
    # long strings: Hypothesis alone rarely draws them
    size = draw(st.integers(1, LONG))
    width = draw(st.integers(1, len(LETTERS)))
    t_size = draw(st.sampled_from([1, 2, 3, 5, 10, 50, 500]))
    rng = random.Random(draw(st.integers(0, 2**32)))
    alphabet = rng.sample(LETTERS, width)
    for _ in range(50):  # random pairs often tie for the shortest window: retry
        args = {"s": _random(size, alphabet, rng), "t": _random(t_size, alphabet, rng)}
        if _unique(args):
            return args
    return {"s": args["s"], "t": args["s"][0]}  # one letter: every shortest window is that letter


def inputs():
    return st.one_of(_small().filter(_unique), _long())


def valid(args):
    s, t = args["s"], args["t"]
    if not 1 <= len(s) <= MAX_LEN or not 1 <= len(t) <= MAX_LEN:
        return "length out of range"
    if any(c not in LETTERS for c in s + t):
        return "a character that is not an English letter"
    if not _unique(args):
        return "two different shortest windows: the answer is not unique"
    return None


def large(n, rng):
    # One "Z", at the very end: the only shortest window is a suffix of s, and a
    # search that starts from every position scans to the end each time.
    n = max(n, 2)
    s = _random(n - 1, "abcdefghijklmnopqrstuvwxy", rng) + "Z"
    t = "Z" + _random(min(10, n - 1), "abcdefghijklmnopqrstuvwxy", rng)
    return {"s": s, "t": t}
