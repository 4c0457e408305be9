import random
import string

from hypothesis import strategies as st

MAX_LEN = 5 * 10**4
LETTERS = string.ascii_lowercase
# The longest strings the correctness cases use. Longer ones would only test speed, and
# the growth check does that: an O(n^2) solution must still get right answers here
# (and so be judged "too slow", not "time limit exceeded").
LONG = 2000

EXAMPLES = [
    {"args": {"s": "anagram", "t": "nagaram"}, "expected": True},
    {"args": {"s": "rat", "t": "car"}, "expected": False},
    {"args": {"s": "a", "t": "ab"}, "expected": False},
]


def _random(n, seed, alphabet=LETTERS):
    rng = random.Random(seed)
    return "".join(rng.choice(alphabet) for _ in range(n))


def _shuffled(s, seed):
    letters = list(s)
    random.Random(seed).shuffle(letters)
    return "".join(letters)


_LONG_S = _random(LONG, 242)
_LONG_T = _shuffled(_LONG_S, 243)
# the same letters but one: the last 'q' (somewhere) becomes an 'r'
_ONE_OFF = _LONG_T[::-1].replace("q", "r", 1)[::-1]
_EVERY_LETTER = LETTERS * (LONG // 26)

HIDDEN = [
    {"tag": "single letter, same", "args": {"s": "z", "t": "z"}},
    {"tag": "single letter, different", "args": {"s": "a", "t": "b"}},
    {"tag": "longer t holds all of s", "args": {"s": "ab", "t": "abb"}},
    {"tag": "longer s holds all of t", "args": {"s": "aab", "t": "ab"}},
    {"tag": "same letters, different counts", "args": {"s": "aab", "t": "abb"}},
    {"tag": "same letter sums, other letters", "args": {"s": "ad", "t": "bc"}},
    {"tag": "pairs cancel under xor", "args": {"s": "aa", "t": "bb"}},
    {"tag": "same string", "args": {"s": "listen", "t": "listen"}},
    {"tag": "reversed", "args": {"s": "stressed", "t": "desserts"}},
    {"tag": "one letter differs", "args": {"s": "abcdef", "t": "abcdeg"}},
    {"tag": "repeated letter, anagram", "args": {"s": "aaaaabbbbb", "t": "bababababa"}},
    {"tag": "all one letter, different lengths", "args": {"s": "aaaa", "t": "aaa"}},
    {"tag": "first and last letters", "args": {"s": "az", "t": "za"}},
    {"tag": "t is s plus one letter", "args": {"s": "abcd", "t": "abcde"}},
    {"tag": "long, anagram", "args": {"s": _LONG_S, "t": _LONG_T}},
    {"tag": "long, one letter changed", "args": {"s": _LONG_S, "t": _ONE_OFF}},
    {"tag": "long, one letter missing", "args": {"s": _LONG_S, "t": _LONG_T[:-1]}},
    {"tag": "long, every letter, reversed", "args": {"s": _EVERY_LETTER, "t": _EVERY_LETTER[::-1]}},
    {"tag": "long, all one letter", "args": {"s": "e" * LONG, "t": "e" * LONG}},
]


def _near(draw, s, rng):
    """A string a small change away from an anagram of s (or an anagram itself)."""
    t = list(s)
    rng.shuffle(t)
    change = draw(st.sampled_from(["none", "replace", "add", "drop", "trade"]))
    if change == "replace" and t:
        t[rng.randrange(len(t))] = rng.choice(LETTERS[:4])
    elif change == "add" and len(t) < MAX_LEN:
        t.insert(rng.randrange(len(t) + 1), rng.choice(LETTERS[:4]))
    elif change == "drop" and len(t) > 1:
        t.pop(rng.randrange(len(t)))
    elif change == "trade" and len(t) > 1:  # one letter up, another down: same length
        t[rng.randrange(len(t))] = rng.choice(LETTERS[:4])
        t[rng.randrange(len(t))] = rng.choice(LETTERS[:4])
    return "".join(t)


@st.composite
def _inputs(draw):
    kind = draw(st.integers(0, 2))
    if kind == 0:  # two independent short strings over few letters
        short = st.text(alphabet="abc", min_size=1, max_size=8)
        return {"s": draw(short), "t": draw(short)}
    rng = random.Random(draw(st.integers(0, 2**32)))
    if kind == 1:
        s = draw(st.text(alphabet=LETTERS, min_size=1, max_size=30))
    else:  # long strings: Hypothesis alone rarely draws them
        size = draw(st.integers(1, LONG))
        alphabet = LETTERS[: draw(st.sampled_from([1, 2, 4, 26]))]
        s = "".join(rng.choice(alphabet) for _ in range(size))
    t = _near(draw, s, rng)
    if draw(st.booleans()):
        s, t = t, s
    return {"s": s, "t": t}


def inputs():
    return _inputs()


def valid(args):
    s, t = args["s"], args["t"]
    if type(s) is not str or type(t) is not str:
        return "wrong types"
    if not 1 <= len(s) <= MAX_LEN or not 1 <= len(t) <= MAX_LEN:
        return "length out of range"
    if any(c not in LETTERS for c in s + t):
        return "a character that is not a lowercase letter"
    return None


def large(n, rng):
    # n letters in all, two anagrams of n // 2: no early exit. s in increasing order and
    # t in decreasing order, so a letter of s is found only deep into what is left of t.
    half = max(n // 2, 1)
    s = "".join(sorted(rng.choice(LETTERS) for _ in range(half)))
    return {"s": s, "t": s[::-1]}
