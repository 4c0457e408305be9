import random

from hypothesis import strategies as st

MAX_LEN = 10**4
BRACKETS = "()[]{}"
OPEN, CLOSE = "([{", ")]}"

EXAMPLES = [
    {"args": {"s": "()"}, "expected": True},
    {"args": {"s": "()[]{}"}, "expected": True},
    {"args": {"s": "(]"}, "expected": False},
    {"args": {"s": "([])"}, "expected": True},
    {"args": {"s": "([)]"}, "expected": False},
]


def balanced(n, rng, open_bias=0.5):
    """A random balanced string of length n (n even)."""
    out, stack = [], []
    for i in range(n):
        left = n - i
        if stack and (len(stack) >= left or rng.random() > open_bias):
            out.append(CLOSE[OPEN.index(stack.pop())])
        else:
            c = rng.choice(OPEN)
            stack.append(c)
            out.append(c)
    return "".join(out)


def nested(n):
    """n // 2 opening brackets, then their closing ones: as deep as it gets."""
    half = "".join(OPEN[i % 3] for i in range(n // 2))
    return half + "".join(CLOSE[OPEN.index(c)] for c in reversed(half))


# Deep nesting costs a solution that removes innermost pairs round by round O(n^2),
# which LeetCode accepts at this length: it must pass here at the maximum too.
DEEP = MAX_LEN
_DEEP = nested(DEEP)
_RANDOM = balanced(MAX_LEN, random.Random(20))
_MID = MAX_LEN // 2

HIDDEN = [
    {"tag": "single opening", "args": {"s": "("}},
    {"tag": "single closing", "args": {"s": "]"}},
    {"tag": "closing before opening", "args": {"s": ")("}},
    {"tag": "two openings", "args": {"s": "(("}},
    {"tag": "curly pair", "args": {"s": "{}"}},
    {"tag": "wrong kind", "args": {"s": "{)"}},
    {"tag": "equal counts, wrong order", "args": {"s": "[(])"}},
    {"tag": "nested mixed", "args": {"s": "{[()()]}"}},
    {"tag": "nested pairs, not adjacent", "args": {"s": "([]{})"}},
    {"tag": "opened bracket left at the end", "args": {"s": "()[]{}("}},
    {"tag": "extra closing at the end", "args": {"s": "(){}]"}},
    {"tag": "extra closing in the middle", "args": {"s": "())(()"}},
    {"tag": "same depth, different kinds", "args": {"s": "(((]]]"}},
    {"tag": "max length, deep nesting", "args": {"s": _DEEP}},
    {"tag": "max length, flat pairs", "args": {"s": "()" * _MID}},
    {"tag": "max length, random balanced", "args": {"s": _RANDOM}},
    {
        "tag": "long, one kind swapped in the middle",
        "args": {
            "s": _DEEP[: DEEP // 2] + ("]" if _DEEP[DEEP // 2] != "]" else ")") + _DEEP[DEEP // 2 + 1 :]
        },
    },
    {"tag": "max length, all openings", "args": {"s": "{" * MAX_LEN}},
    {"tag": "max length, last bracket open", "args": {"s": _RANDOM[:-1] + "("}},
    {"tag": "odd length", "args": {"s": "(" + _RANDOM[: MAX_LEN - 2]}},
]


@st.composite
def _inputs(draw):
    kind = draw(st.integers(0, 2))
    if kind == 0:  # anything: almost always unbalanced
        return {"s": draw(st.text(alphabet=BRACKETS, min_size=1, max_size=14))}
    size = draw(st.integers(1, 14 if kind == 1 else MAX_LEN))
    rng = random.Random(draw(st.integers(0, 2**32)))
    # open_bias above 0.5 nests deeper; kept moderate, like the hidden cases (see DEEP)
    s = list(balanced(size - size % 2, rng, open_bias=rng.uniform(0.2, 0.6)) or "()")
    flips = draw(st.integers(0, 2))
    for _ in range(flips):  # a few changed characters make near misses
        s[rng.randrange(len(s))] = rng.choice(BRACKETS)
    if size % 2:
        s.insert(rng.randrange(len(s) + 1), rng.choice(BRACKETS))
    return {"s": "".join(s)[:MAX_LEN]}


def inputs():
    return _inputs()


def valid(args):
    s = args["s"]
    if not 1 <= len(s) <= MAX_LEN:
        return "length out of range"
    if any(c not in BRACKETS for c in s):
        return "a character that is not a bracket"
    return None


def large(n, rng):
    # Deep nesting: removing innermost pairs one round at a time takes n / 2 rounds.
    return {"s": nested(max(n, 2))}
