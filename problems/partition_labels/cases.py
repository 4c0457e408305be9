import random
import string

from hypothesis import strategies as st

MAX_LEN = 500
LETTERS = string.ascii_lowercase

EXAMPLES = [
    {"args": {"s": "ababcbacadefegdehijhklij"}, "expected": [9, 7, 8]},
    {"args": {"s": "eccbbbbdec"}, "expected": [10]},
    {"args": {"s": "abc"}, "expected": [1, 1, 1]},
]


def _blocks(rng, size, letters):
    """Runs of one letter each, in a shuffled order of letters: as many parts as runs."""
    order = rng.sample(LETTERS, letters)
    cuts = sorted(rng.sample(range(1, size), letters - 1)) if letters > 1 else []
    bounds = [0, *cuts, size]
    return "".join(order[k] * (bounds[k + 1] - bounds[k]) for k in range(letters))


_r = random.Random(763)

HIDDEN = [
    {"tag": "single letter", "args": {"s": "z"}},
    {"tag": "two different letters", "args": {"s": "ab"}},
    {"tag": "same letter twice", "args": {"s": "aa"}},
    {"tag": "mirror", "args": {"s": "abba"}},
    {"tag": "a letter inside reaches further", "args": {"s": "abacb"}},
    {"tag": "last letter alone", "args": {"s": "abac"}},
    {"tag": "first letter alone", "args": {"s": "cabab"}},
    {"tag": "chain of overlaps", "args": {"s": "abcadbecfd"}},
    {"tag": "nested parts", "args": {"s": "abacdcdeff"}},
    {"tag": "every letter once", "args": {"s": LETTERS}},
    {"tag": "alphabet twice", "args": {"s": LETTERS + LETTERS}},
    {"tag": "alphabet and its mirror", "args": {"s": LETTERS + LETTERS[::-1]}},
    {"tag": "max length, one letter", "args": {"s": "q" * MAX_LEN}},
    {
        "tag": "max length, first and last letters match",
        "args": {"s": "a" + "".join(_r.choices(LETTERS[1:], k=MAX_LEN - 2)) + "a"},
    },
    {"tag": "max length, runs of letters", "args": {"s": _blocks(_r, MAX_LEN, 26)}},
    {"tag": "max length, alphabet then singles", "args": {"s": (LETTERS * 19)[: MAX_LEN - 6] + "zyxwvu"}},
    {"tag": "max length, random", "args": {"s": "".join(_r.choices(LETTERS, k=MAX_LEN))}},
    {"tag": "max length, pairs", "args": {"s": "".join(c * 2 for c in (LETTERS * 10)[: MAX_LEN // 2])}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        alphabet = draw(st.sampled_from(["ab", "abc", "abcde", LETTERS]))
        s = draw(st.text(alphabet=alphabet, min_size=1, max_size=30))
    else:  # long strings: Hypothesis alone rarely draws them
        size = draw(st.integers(1, MAX_LEN))
        rng = random.Random(draw(st.integers(0, 2**32)))
        letters = draw(st.integers(1, 26))
        if draw(st.booleans()) and size >= letters:
            s = _blocks(rng, size, letters)
            if draw(st.booleans()):  # some letters wander into other runs
                chars = list(s)
                for _ in range(rng.randint(1, 3)):
                    chars[rng.randrange(size)] = rng.choice(LETTERS[:letters])
                s = "".join(chars)
        else:
            s = "".join(rng.choices(LETTERS[:letters], k=size))
    return {"s": s}


def inputs():
    return _inputs()


def valid(args):
    s = args["s"]
    if type(s) is not str or not 1 <= len(s) <= MAX_LEN:
        return "length out of range"
    if any(c not in LETTERS for c in s):
        return "not a lowercase letter"
    return None


def large(n, rng):
    # Runs of one letter each: every letter's last copy is far from the end of the
    # string, so searching back from the end for each letter reads about n / 2 letters
    # per position, n^2 / 2 in all.
    if n < 26:
        return {"s": "".join(rng.choices(LETTERS, k=max(n, 1)))}
    return {"s": _blocks(rng, n, 26)}
