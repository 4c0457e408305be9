import random
import string

from hypothesis import strategies as st

MAX_LEN = 100
LETTERS = string.ascii_lowercase

EXAMPLES = [
    {"args": {"s1": "aabcc", "s2": "dbbca", "s3": "aadbbcbcac"}, "expected": True},
    {"args": {"s1": "aabcc", "s2": "dbbca", "s3": "aadbbbaccc"}, "expected": False},
    {"args": {"s1": "", "s2": "", "s3": ""}, "expected": True},
]


def _interleave(rng, s1, s2):
    out, i, j = [], 0, 0
    while i < len(s1) or j < len(s2):
        if j == len(s2) or (i < len(s1) and rng.random() < 0.5):
            out.append(s1[i])
            i += 1
        else:
            out.append(s2[j])
            j += 1
    return "".join(out)


_rng = random.Random(97)
_A1 = "".join(_rng.choice("ab") for _ in range(MAX_LEN))
_A2 = "".join(_rng.choice("ab") for _ in range(MAX_LEN))
_MIXED = _interleave(_rng, _A1, _A2)
_L1 = "".join(_rng.choice(LETTERS) for _ in range(MAX_LEN))
_L2 = "".join(_rng.choice(LETTERS) for _ in range(MAX_LEN))
_SWAPPED = list(_MIXED)
_k = next(k for k in range(len(_SWAPPED) - 1, 0, -1) if _SWAPPED[k] != _SWAPPED[k - 1])
_SWAPPED[_k], _SWAPPED[_k - 1] = _SWAPPED[_k - 1], _SWAPPED[_k]

HIDDEN = [
    {"tag": "only s3 is not empty", "args": {"s1": "", "s2": "", "s3": "a"}},
    {"tag": "s1 empty, s2 equals s3", "args": {"s1": "", "s2": "abc", "s3": "abc"}},
    {"tag": "s2 empty, s1 differs from s3", "args": {"s1": "abc", "s2": "", "s3": "abd"}},
    {"tag": "s1 empty, one letter repeated", "args": {"s1": "", "s2": "ab", "s3": "bb"}},
    {"tag": "s3 one letter too long", "args": {"s1": "a", "s2": "b", "s3": "abb"}},
    {"tag": "s3 one letter too short", "args": {"s1": "ab", "s2": "c", "s3": "ab"}},
    {"tag": "taking from s1 first is wrong", "args": {"s1": "ab", "s2": "ac", "s3": "acab"}},
    {"tag": "taking from s2 first is wrong", "args": {"s1": "ac", "s2": "ab", "s3": "acab"}},
    {"tag": "same letters, order broken", "args": {"s1": "abc", "s2": "def", "s3": "adbfce"}},
    {"tag": "both are subsequences, but overlap", "args": {"s1": "ab", "s2": "ab", "s3": "abba"}},
    {"tag": "one after the other", "args": {"s1": "abc", "s2": "xyz", "s3": "xyzabc"}},
    {"tag": "the last letter of s2 used twice", "args": {"s1": "a", "s2": "b", "s3": "bb"}},
    {"tag": "one letter everywhere", "args": {"s1": "aa", "s2": "aaa", "s3": "aaaaa"}},
    {"tag": "first letter from neither", "args": {"s1": "ab", "s2": "cd", "s3": "bacd"}},
    {"tag": "last letter swapped", "args": {"s1": "abc", "s2": "def", "s3": "abcdfe"}},
    {
        "tag": "max length, one letter, last differs",
        "args": {"s1": "a" * MAX_LEN, "s2": "a" * MAX_LEN, "s3": "a" * (2 * MAX_LEN - 1) + "b"},
    },
    {"tag": "max length, two letters, true", "args": {"s1": _A1, "s2": _A2, "s3": _MIXED}},
    {
        "tag": "max length, two letters, neighbours swapped",
        "args": {"s1": _A1, "s2": _A2, "s3": "".join(_SWAPPED)},
    },
    {
        "tag": "max length, all letters, true",
        "args": {"s1": _L1, "s2": _L2, "s3": _interleave(_rng, _L1, _L2)},
    },
    {"tag": "max s1, empty s2", "args": {"s1": _L1, "s2": "", "s3": _L1}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):  # small, drawn letter by letter
        alphabet = draw(st.sampled_from(["a", "ab", "abc"]))
        s1 = draw(st.text(alphabet, max_size=6))
        s2 = draw(st.text(alphabet, max_size=6))
        if draw(st.booleans()):
            s3 = draw(st.text(alphabet, max_size=12))
        else:  # an interleaving, perhaps spoiled
            s3 = _interleave(random.Random(draw(st.integers(0, 2**32))), s1, s2)
            if s3 and draw(st.booleans()):
                k = draw(st.integers(0, len(s3) - 1))
                s3 = s3[:k] + draw(st.sampled_from(alphabet)) + s3[k + 1 :]
    else:  # long strings, built from a seed
        rng = random.Random(draw(st.integers(0, 2**32)))
        alphabet = LETTERS[: rng.choice([1, 2, 3, 26])]
        s1 = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, MAX_LEN)))
        s2 = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, MAX_LEN)))
        s3 = list(_interleave(rng, s1, s2))
        if s3 and rng.random() < 0.5:
            k = rng.randrange(len(s3))
            s3[k] = rng.choice(alphabet)
        s3 = "".join(s3)
    return {"s1": s1, "s2": s2, "s3": s3}


def inputs():
    return _inputs()


def valid(args):
    for name, top in (("s1", MAX_LEN), ("s2", MAX_LEN), ("s3", 2 * MAX_LEN)):
        s = args.get(name)
        if type(s) is not str or len(s) > top:
            return f"{name} length out of range"
        if any(ch not in LETTERS for ch in s):
            return f"{name} has a character that is not a lowercase letter"
    return None


def large(n, rng):
    # two random strings of two letters and one of their interleavings with its last
    # letter changed: the answer is false, a table fills every cell, and both letters
    # keep every cell's two choices open
    n = max(1, n)
    s1 = "".join(rng.choice("ab") for _ in range(n))
    s2 = "".join(rng.choice("ab") for _ in range(n))
    s3 = _interleave(rng, s1, s2)
    s3 = s3[:-1] + ("b" if s3[-1] == "a" else "a")
    return {"s1": s1, "s2": s2, "s3": s3}
