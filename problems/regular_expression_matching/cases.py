import random
import string

from hypothesis import strategies as st

MAX_LEN = 20
LETTERS = string.ascii_lowercase

EXAMPLES = [
    {"args": {"s": "aa", "p": "a"}, "expected": False},
    {"args": {"s": "aa", "p": "a*"}, "expected": True},
    {"args": {"s": "ab", "p": ".*"}, "expected": True},
]

HIDDEN = [
    {"tag": "one letter, dot", "args": {"s": "z", "p": "."}},
    {"tag": "dot is one letter only", "args": {"s": "ab", "p": "."}},
    {"tag": "star taken zero times at the end", "args": {"s": "ab", "p": "abc*"}},
    {"tag": "star taken zero times at the start", "args": {"s": "aab", "p": "c*a*b"}},
    {"tag": "star must leave a letter for later", "args": {"s": "aaa", "p": "a*a"}},
    {"tag": "several stars of one letter", "args": {"s": "aaa", "p": "ab*a*c*a"}},
    {"tag": "dot star then a letter", "args": {"s": "bbbba", "p": ".*a*a"}},
    {"tag": "dot star cannot cover a missing letter", "args": {"s": "ab", "p": ".*c"}},
    {"tag": "needs more letters than there are", "args": {"s": "a", "p": ".*..a*"}},
    {"tag": "pattern longer than the string", "args": {"s": "aaa", "p": "aaaa"}},
    {"tag": "prefix matches, rest is left over", "args": {"s": "abcd", "p": "abc"}},
    {"tag": "classic mismatch", "args": {"s": "mississippi", "p": "mis*is*p*."}},
    {"tag": "classic match", "args": {"s": "mississippi", "p": "mis*is*ip*."}},
    {"tag": "star piece other than the first letter", "args": {"s": "abcd", "p": "d*"}},
    {"tag": "letter star against other letters", "args": {"s": "ab", "p": "a*b*c*"}},
    {"tag": "max length, equal", "args": {"s": "abcdefghijklmnopqrst", "p": "abcdefghijklmnopqrst"}},
    {"tag": "max length, only dots", "args": {"s": "q" * MAX_LEN, "p": "." * MAX_LEN}},
    {"tag": "max length, dots one short", "args": {"s": "q" * MAX_LEN, "p": "." * (MAX_LEN - 1)}},
    # a backtracking search tries every way to share the a's among the stars
    {"tag": "many a* against a run ending in b", "args": {"s": "a" * 19 + "b", "p": "a*" * 9 + "c"}},
    {"tag": "many .* then a missing letter", "args": {"s": "a" * MAX_LEN, "p": ".*" * 9 + "b"}},
    {"tag": "many a* and a match", "args": {"s": "a" * 19 + "b", "p": "a*" * 9 + "b"}},
]


def _spell(rng, s):
    """A pattern built to spell s (before trimming): each letter kept, dotted or starred,
    with starred pieces that take nothing slipped in."""
    out = []
    for ch in s:
        roll = rng.random()
        if roll < 0.15:
            out.append(rng.choice("abc.") + "*")
        out.append("." if roll > 0.8 else ch)
        if rng.random() < 0.3:
            out.append("*")
    return "".join(out)[:MAX_LEN].lstrip("*") or "."


@st.composite
def _inputs(draw):
    alphabet = draw(st.sampled_from(["a", "ab", "abc", LETTERS]))
    s = draw(st.text(alphabet, min_size=1, max_size=MAX_LEN))
    if draw(st.booleans()):
        piece = st.tuples(st.sampled_from(alphabet + "."), st.booleans())
        pieces = draw(st.lists(piece, min_size=1, max_size=MAX_LEN))
        p = "".join(atom + "*" * starred for atom, starred in pieces)[:MAX_LEN]
    else:
        p = _spell(random.Random(draw(st.integers(0, 2**32))), s)
    while "**" in p:
        p = p.replace("**", "*")
    return {"s": s, "p": p}


def inputs():
    return _inputs()


def valid(args):
    s, p = args.get("s"), args.get("p")
    if type(s) is not str or not 1 <= len(s) <= MAX_LEN or not set(s) <= set(LETTERS):
        return "s must be 1 to 20 lowercase letters"
    if type(p) is not str or not 1 <= len(p) <= MAX_LEN or not set(p) <= set(LETTERS + ".*"):
        return "p must be 1 to 20 of lowercase letters, '.' and '*'"
    if p[0] == "*" or "**" in p:
        return "a '*' must follow a letter or '.'"
    return None


def large(n, rng):
    # a pattern that spells the string with no ambiguity (dots, and starred letters that
    # cannot take the next letter), so the table is the cost: about n pairs of positions
    length = max(1, int((n / 1.3) ** 0.5))
    s = "".join(rng.choice("ab") for _ in range(length))
    p = []
    for ch in s:
        if rng.random() < 0.3:
            p.append("c*")
        p.append("." if rng.random() < 0.3 else ch)
    return {"s": s, "p": "".join(p)}
