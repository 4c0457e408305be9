import random
import string

from hypothesis import strategies as st

MAX_LEN = 10**4
LETTERS = string.ascii_lowercase

EXAMPLES = [
    {"args": {"s1": "ab", "s2": "eidbaooo"}, "expected": True},
    {"args": {"s1": "ab", "s2": "eidboaoo"}, "expected": False},
    {"args": {"s1": "adc", "s2": "dcda"}, "expected": True},
    {"args": {"s1": "hello", "s2": "ooolleoooleh"}, "expected": False},
]


def _random(rng, size, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(size))


def _shuffled(rng, s):
    letters = list(s)
    rng.shuffle(letters)
    return "".join(letters)


def _plant(rng, s2, s1, at):
    """s2 with a rearrangement of s1 written over it from index `at`."""
    return s2[:at] + _shuffled(rng, s1) + s2[at + len(s1) :]


def _near_miss(rng, s1, size):
    """A string of `size` letters built from rearrangements of s1, each with one letter
    changed: the windows aligned with them are one letter away from a match."""
    out = []
    while len(out) < size:
        block = list(_shuffled(rng, s1))
        i = rng.randrange(len(block))
        block[i] = "z" if block[i] != "z" else "y"
        out.extend(block)
    return "".join(out[:size])


_RNG = random.Random(567)
# s1 of 300 letters in s2 of 10^4: recounting or sorting every window is still well
# within the time limit here (the growth check, not these cases, rejects it)
_HALF = _random(_RNG, 300, "abc")
_MAX_S1 = _random(_RNG, MAX_LEN, LETTERS)
_MISS = _near_miss(_RNG, _HALF, MAX_LEN)
_MISS_THEN_MATCH = _plant(_RNG, _MISS, _HALF, MAX_LEN - len(_HALF))

HIDDEN = [
    {"tag": "single letters, equal", "args": {"s1": "a", "s2": "a"}},
    {"tag": "single letters, different", "args": {"s1": "a", "s2": "b"}},
    {"tag": "s1 longer than s2", "args": {"s1": "abc", "s2": "ab"}},
    {"tag": "s1 equals s2", "args": {"s1": "xyz", "s2": "xyz"}},
    {"tag": "s2 is s1 reversed", "args": {"s1": "abcd", "s2": "dcba"}},
    {"tag": "match at the start", "args": {"s1": "abc", "s2": "bcaxxxx"}},
    {"tag": "match at the end", "args": {"s1": "abc", "s2": "xxxxcab"}},
    {"tag": "same letters, wrong counts", "args": {"s1": "aab", "s2": "abbbab"}},
    {"tag": "letters spread out", "args": {"s1": "ab", "s2": "axxb"}},
    {"tag": "same letter sums, other letters", "args": {"s1": "ad", "s2": "xbcx"}},
    {"tag": "repeated letter", "args": {"s1": "aaa", "s2": "aabaaa"}},
    {"tag": "repeated letter, never three in a row", "args": {"s1": "aaa", "s2": "aabaab"}},
    {"tag": "overlapping candidates", "args": {"s1": "abab", "s2": "aabbaa"}},
    {"tag": "one letter short at the end", "args": {"s1": "abcde", "s2": "zzzabcd"}},
    {"tag": "extreme letters", "args": {"s1": "az", "s2": "mmzam"}},
    {"tag": "max length, both equal", "args": {"s1": _MAX_S1, "s2": _shuffled(_RNG, _MAX_S1)}},
    {"tag": "max length s1, short s2", "args": {"s1": _MAX_S1, "s2": "abc"}},
    {"tag": "long s2, near misses", "args": {"s1": _HALF, "s2": _MISS}},
    {"tag": "long s2, match at the very end", "args": {"s1": _HALF, "s2": _MISS_THEN_MATCH}},
    {"tag": "long s2, all one letter", "args": {"s1": "aab", "s2": "a" * MAX_LEN}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        alphabet = draw(st.sampled_from(["ab", "abc", "abz", LETTERS]))
        s1 = draw(st.text(alphabet, min_size=1, max_size=8))
        s2 = draw(st.text(alphabet, min_size=1, max_size=30))
        rng = random.Random(draw(st.integers(0, 2**32)))
    else:  # long strings: Hypothesis alone rarely draws them
        rng = random.Random(draw(st.integers(0, 2**32)))
        alphabet = LETTERS[: draw(st.integers(1, 26))]
        s1 = _random(rng, draw(st.integers(1, MAX_LEN)), alphabet)
        s2 = _random(rng, draw(st.integers(1, MAX_LEN)), alphabet)
    if len(s1) <= len(s2) and draw(st.booleans()):
        s2 = _plant(rng, s2, s1, draw(st.integers(0, len(s2) - len(s1))))
    return {"s1": s1, "s2": s2}


def inputs():
    return _inputs()


def valid(args):
    for name in ("s1", "s2"):
        s = args[name]
        if type(s) is not str or not 1 <= len(s) <= MAX_LEN:
            return f"{name}: length out of range"
        if any(c not in LETTERS for c in s):
            return f"{name}: not lowercase letters"
    return None


def large(n, rng):
    # s1 a third of n, s2 two thirds: recounting or sorting every window of s2 costs
    # n^2 / 9 steps. s2 is made of rearrangements of s1 with one letter changed, so the
    # windows are near misses; half the time a match is planted in the last window only,
    # so an early exit saves nothing.
    s1 = _random(rng, max(1, n // 3), "abcd")
    s2 = _near_miss(rng, s1, max(1, n - len(s1)))
    if rng.random() < 0.5 and len(s1) <= len(s2):
        s2 = _plant(rng, s2, s1, len(s2) - len(s1))
    return {"s1": s1, "s2": s2}
