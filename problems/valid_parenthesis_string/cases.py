import random

from hypothesis import strategies as st

MAX_LEN = 100

EXAMPLES = [
    {"args": {"s": "()"}, "expected": True},
    {"args": {"s": "(*)"}, "expected": True},
    {"args": {"s": "(*))"}, "expected": True},
    {"args": {"s": "*("}, "expected": False},
]


def _balanced(rng, pairs):
    """A random balanced string of `pairs` pairs of parentheses."""
    out, opened, left = [], 0, pairs
    while left or opened:
        if left and (not opened or rng.random() < 0.5):
            out.append("(")
            opened, left = opened + 1, left - 1
        else:
            out.append(")")
            opened -= 1
    return out


def _starred(rng, size, stars, spoil):
    """A balanced string with some characters turned into stars and maybe one flipped."""
    chars = _balanced(rng, size // 2)
    for _ in range(stars):
        chars[rng.randrange(len(chars))] = "*"
    if spoil:
        i = rng.randrange(len(chars))
        chars[i] = rng.choice("()")
    if size % 2:
        chars.insert(rng.randrange(len(chars) + 1), rng.choice("(*)"))
    return "".join(chars)


_r = random.Random(678)

HIDDEN = [
    {"tag": "one open", "args": {"s": "("}},
    {"tag": "one close", "args": {"s": ")"}},
    {"tag": "one star", "args": {"s": "*"}},
    {"tag": "closed before opened", "args": {"s": ")("}},
    {"tag": "star closes the open", "args": {"s": "(*"}},
    {"tag": "star opens for the close", "args": {"s": "*)"}},
    {"tag": "one close too many", "args": {"s": "())"}},
    {"tag": "two opens, one star", "args": {"s": "((*"}},
    {"tag": "star before a close and an open", "args": {"s": "*)("}},
    {"tag": "open left at the end", "args": {"s": "(*)("}},
    {"tag": "stars on both sides", "args": {"s": "*(()*"}},
    {"tag": "stars read three ways", "args": {"s": "(*()*)*)"}},
    {"tag": "stars all before the opens", "args": {"s": "**(("}},
    {"tag": "many stars, then an open", "args": {"s": "*" * 40 + "("}},
    {"tag": "max length, all stars", "args": {"s": "*" * MAX_LEN}},
    {"tag": "max length, stars then an open", "args": {"s": "*" * (MAX_LEN - 1) + "("}},
    {"tag": "max length, a close then stars", "args": {"s": ")" + "*" * (MAX_LEN - 1)}},
    {"tag": "max length, all opens", "args": {"s": "(" * MAX_LEN}},
    {"tag": "max length, nested", "args": {"s": "(" * 50 + ")" * 50}},
    {"tag": "max length, opens closed by stars", "args": {"s": "(" * 50 + "*" * 50}},
    {"tag": "max length, one star short", "args": {"s": "(" * 51 + "*" * 49}},
    {"tag": "max length, balanced with stars", "args": {"s": _starred(_r, MAX_LEN, 30, False)}},
    {"tag": "max length, starred and spoilt", "args": {"s": _starred(_r, MAX_LEN, 10, True)}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        s = draw(st.text(alphabet="(*)", min_size=1, max_size=20))
    else:  # long strings and near-balanced ones: plain text rarely balances
        size = draw(st.integers(1, MAX_LEN))
        rng = random.Random(draw(st.integers(0, 2**32)))
        if draw(st.booleans()) and size >= 2:
            s = _starred(rng, size, rng.randint(0, size // 3), draw(st.booleans()))
        else:
            weights = draw(st.sampled_from([(1, 1, 1), (3, 1, 2), (2, 1, 3), (1, 3, 2)]))
            s = "".join(rng.choices("(*)", weights=weights, k=size))
    return {"s": s}


def inputs():
    return _inputs()


def valid(args):
    s = args["s"]
    if type(s) is not str or not 1 <= len(s) <= MAX_LEN:
        return "length out of range"
    if any(c not in "(*)" for c in s):
        return "a character other than (, ) and *"
    return None


def large(n, rng):
    # Stars with one "(" at the end: the answer is False and nothing settles it early,
    # so a memo over (position, open count) fills about n^2 / 2 entries, while trying
    # every reading of every star is 3^n.
    stars = "*" * (n - 1)
    return {"s": stars + "("}
