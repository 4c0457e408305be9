import random

from hypothesis import strategies as st

MAX_LEN = 10**4
LOW, HIGH = -200, 200
INT_MIN, INT_MAX = -(2**31), 2**31 - 1
OPERATORS = "+-*/"

EXAMPLES = [
    {"args": {"tokens": ["2", "1", "+", "3", "*"]}, "expected": 9},
    {"args": {"tokens": ["4", "13", "5", "/", "+"]}, "expected": 6},
    {
        "args": {"tokens": ["10", "6", "9", "3", "+", "-11", "*", "/", "*", "17", "+", "5", "+"]},
        "expected": 22,
    },
    {"args": {"tokens": ["7", "-2", "/"]}, "expected": -3},
]


def _apply(op, a, b):
    """a op b as the statement defines it (division rounds toward zero); None where the
    statement rules it out (division by zero, a value past 32 bits)."""
    if op == "+":
        value = a + b
    elif op == "-":
        value = a - b
    elif op == "*":
        value = a * b
    elif b == 0:
        return None
    else:
        value = abs(a) // abs(b) * (1 if (a < 0) == (b < 0) else -1)
    return value if INT_MIN <= value <= INT_MAX else None


def _build(values, push_first, picks):
    """Tokens over the operands `values`: at each step push the next operand when
    `push_first` says so (or nothing else is possible), else apply an operator picked by
    `picks` among those the constraints allow."""
    tokens, stack = [], []
    i = step = 0
    while i < len(values) or len(stack) > 1:
        if i < len(values) and (len(stack) < 2 or push_first[step % len(push_first)]):
            tokens.append(str(values[i]))
            stack.append(values[i])
            i += 1
        else:
            b, a = stack.pop(), stack.pop()
            allowed = [op for op in OPERATORS if _apply(op, a, b) is not None]
            op = allowed[picks[step % len(picks)] % len(allowed)]
            tokens.append(op)
            stack.append(_apply(op, a, b))
        step += 1
    return tokens


def _random_tokens(rng, operands, push_rate):
    values = [rng.randint(LOW, HIGH) for _ in range(operands)]
    push_first = [rng.random() < push_rate for _ in range(2 * operands)]
    picks = [rng.randrange(12) for _ in range(2 * operands)]
    return _build(values, push_first, picks)


def _chain(first, pairs):
    """first, then (value, op) applied one after the other: a left-deep expression."""
    tokens = [str(first)]
    for value, op in pairs:
        tokens += [str(value), op]
    return tokens


_RNG = random.Random(150)
_HALF = MAX_LEN // 2
# 1 + 2 + ... alternating signs: a left-deep chain as long as the constraints allow
_LONG_LEFT = _chain(1, [(v % 200 + 1, "+" if v % 2 else "-") for v in range(_HALF - 2)] + [(7, "-")])
_LONG_RANDOM = _random_tokens(_RNG, _HALF, 0.5)
_MID_RIGHT = _random_tokens(_RNG, 1000, 1.0)  # every number first, every operator last

HIDDEN = [
    {"tag": "single number", "args": {"tokens": ["42"]}},
    {"tag": "single negative number", "args": {"tokens": ["-200"]}},
    {"tag": "subtraction order", "args": {"tokens": ["3", "5", "-"]}},
    {"tag": "division order", "args": {"tokens": ["2", "6", "/"]}},
    {"tag": "negative dividend rounds toward zero", "args": {"tokens": ["-7", "2", "/"]}},
    {"tag": "small negative quotient is zero", "args": {"tokens": ["-1", "3", "/"]}},
    {"tag": "both negative", "args": {"tokens": ["-7", "-2", "/"]}},
    {"tag": "exact negative division", "args": {"tokens": ["-8", "2", "/"]}},
    {"tag": "zero divided", "args": {"tokens": ["0", "-5", "/"]}},
    {"tag": "truncate before multiplying", "args": {"tokens": ["7", "2", "/", "2", "*"]}},
    {"tag": "negative numbers of several digits", "args": {"tokens": ["-11", "-120", "-", "-3", "*"]}},
    {
        "tag": "near the 32-bit maximum",
        "args": {"tokens": ["200", "200", "*", "200", "*", "200", "*", "200", "/", "200", "*", "-1", "*"]},
    },
    {
        "tag": "large product, then divided",
        "args": {"tokens": ["-200", "200", "200", "200", "*", "*", "*", "-199", "/"]},
    },
    {"tag": "all operators right-nested", "args": {"tokens": ["9", "8", "7", "6", "5", "/", "*", "-", "+"]}},
    {"tag": "quotient of a negative sum", "args": {"tokens": ["3", "-10", "+", "4", "/", "1", "-"]}},
    {"tag": "long left-deep chain", "args": {"tokens": _LONG_LEFT}},
    {"tag": "long random expression", "args": {"tokens": _LONG_RANDOM}},
    {"tag": "numbers first, operators last", "args": {"tokens": _MID_RIGHT}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        values = draw(st.lists(st.integers(LOW, HIGH), min_size=1, max_size=12))
        push_first = draw(st.lists(st.booleans(), min_size=1, max_size=24))
        picks = draw(st.lists(st.integers(0, 11), min_size=1, max_size=24))
        tokens = _build(values, push_first, picks)
    else:  # long expressions: Hypothesis alone rarely draws them
        rng = random.Random(draw(st.integers(0, 2**32)))
        operands = draw(st.integers(1, (MAX_LEN + 1) // 2))
        # at most half the steps push: the deep numbers-first shapes are in HIDDEN and in
        # large(), at sizes where a quadratic solution is slow but not past the time limit
        tokens = _random_tokens(rng, operands, draw(st.sampled_from([0.0, 0.3, 0.5])))
    return {"tokens": tokens}


def inputs():
    return _inputs()


def _number(token):
    body = token[1:] if token.startswith("-") else token
    if not body.isdigit() or not body.isascii() or str(int(token)) != token:
        return None
    return int(token)


def valid(args):
    tokens = args["tokens"]
    if type(tokens) is not list or not 1 <= len(tokens) <= MAX_LEN:
        return "length out of range"
    stack = []
    for token in tokens:
        if type(token) is not str:
            return "a token is not a string"
        if token in OPERATORS and len(token) == 1:
            if len(stack) < 2:
                return "an operator without two operands"
            b, a = stack.pop(), stack.pop()
            value = _apply(token, a, b)
            if value is None:
                return "division by zero or a value past 32 bits"
            stack.append(value)
            continue
        value = _number(token)
        if value is None or not LOW <= value <= HIGH:
            return f"bad token {token!r}"
        stack.append(value)
    return None if len(stack) == 1 else "operands left over"


def large(n, rng):
    # every number first and every operator at the end (n tokens, n odd): a solution that
    # looks for the first operator from the start again after each step reads half the list
    return {"tokens": _random_tokens(rng, max(1, (n + 1) // 2), 1.0)}
