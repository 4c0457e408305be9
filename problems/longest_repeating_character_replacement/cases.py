import random
import string

from hypothesis import strategies as st

MAX_LEN = 10**5
LETTERS = string.ascii_uppercase
# The longest strings the correctness cases use. Longer ones would only test speed, and
# the growth check does that: an O(n^2) solution must still get right answers here
# (and so be judged "too slow", not "time limit exceeded").
LONG = 500

EXAMPLES = [
    {"args": {"s": "ABAB", "k": 2}, "expected": 4},
    {"args": {"s": "AABABBA", "k": 1}, "expected": 4},
    {"args": {"s": "ABCDE", "k": 0}, "expected": 1},
]


def _random(n, alphabet, seed):
    rng = random.Random(seed)
    return "".join(rng.choice(alphabet) for _ in range(n))


def _case(tag, s, k):
    return {"tag": tag, "args": {"s": s, "k": k}}


_TWO = _random(LONG, "AB", 424)

HIDDEN = [
    _case("single letter, no change", "A", 0),
    _case("single letter, k is the length", "Z", 1),
    _case("two letters, no change", "AB", 0),
    _case("two letters, change both", "AB", 2),
    _case("all the same letter", "QQQQ", 2),
    _case("k is the length", "ABCDEF", 6),
    _case("no change: longest run", "AABBBCC", 0),
    _case("run at the end", "ABCDDDD", 1),
    _case("run at the start", "AAAABCD", 0),
    _case("one change joins two runs", "AAABAAA", 1),
    _case("gap too wide to join", "AAABBAAA", 1),
    _case("most frequent is not the newest letter", "AAABA", 1),
    _case("best letter is not the most frequent overall", "BBBBACACACAAAAA", 2),
    _case("window must slide past an early run", "AAAAXYZXYZBBBBBB", 1),
    _case("every letter once", LETTERS, 3),
    _case("changes spread apart", "ABBBABBBABBBA", 2),
    _case("k larger than needed", "ABABBA", 5),
    _case("long, two letters, a quarter changed", _TWO, LONG // 4),
    _case("long, every letter, no change", _random(LONG, LETTERS, 425), 0),
    _case("long, every letter, a few changes", _random(LONG, LETTERS, 426), 7),
    _case("long, one letter", "M" * LONG, 0),
    _case("long, k is the length", _random(LONG, LETTERS, 427), LONG),
]


@st.composite
def _inputs(draw):
    kind = draw(st.integers(0, 2))
    if kind == 0:  # few letters, small k: most windows are borderline
        s = draw(st.text(alphabet="ABC", min_size=1, max_size=14))
    elif kind == 1:
        s = draw(st.text(alphabet=LETTERS, min_size=1, max_size=30))
    else:  # long strings over a drawn alphabet: Hypothesis alone rarely draws them
        size = draw(st.integers(1, LONG))
        width = draw(st.sampled_from([1, 2, 3, 26]))
        s = _random(size, LETTERS[:width], draw(st.integers(0, 2**32)))
    k = draw(st.one_of(st.integers(0, min(3, len(s))), st.integers(0, len(s))))
    return {"s": s, "k": k}


def inputs():
    return _inputs()


def valid(args):
    s, k = args["s"], args["k"]
    if type(s) is not str or type(k) is not int:
        return "wrong types"
    if not 1 <= len(s) <= MAX_LEN:
        return "length out of range"
    if any(c not in LETTERS for c in s):
        return "a character that is not an uppercase letter"
    if not 0 <= k <= len(s):
        return "k out of range"
    return None


def large(n, rng):
    # Two letters alternating, then a run of one of them filling the last quarter, and
    # k a quarter of the length. Every window up to half the length is valid wherever
    # it starts, so growing a window from every start, even one that stops at the first
    # window too long, reads half the string each time (O(n^2)); the longest window
    # ends at the very end, so a search for it cannot stop early either.
    n = max(n, 1)
    a, b = rng.sample(LETTERS, 2)
    run = n // 4
    body = (a + b) * ((n - run) // 2 + 1)
    return {"s": body[: n - run] + b * run, "k": n // 4}
