import random

from hypothesis import strategies as st

LOW, HIGH = -(2**31), 2**31 - 1
MAX_CALLS = 3 * 10**4
READS = ("top", "getMin")


def _ops(*calls):
    """Operations and arguments from calls: an int is push(int), a name is that call."""
    return {
        "operations": ["MinStack"] + ["push" if type(c) is int else c for c in calls],
        "arguments": [[]] + [[c] if type(c) is int else [] for c in calls],
    }


EXAMPLES = [
    {
        "args": _ops(4, 7, 1, "getMin", "pop", "top", "getMin"),
        "expected": [None, None, None, None, 1, None, 7, 4],
    },
    {
        "args": _ops(5, 2, 2, "getMin", "pop", "getMin", "pop", "getMin"),
        "expected": [None, None, None, None, 2, None, 2, None, 5],
    },
]


def _read_after_each(values):
    calls = []
    for v in values:
        calls += [v, "top", "getMin"]
    return calls


def _unwind(size):
    """Reads after every pop, until the stack is empty."""
    calls = []
    for _ in range(size):
        calls += ["top", "getMin", "pop"]
    return calls


def _random_calls(rng, size, low, high, push_share, pop_share):
    calls, depth = [], 0
    for _ in range(size):
        r = rng.random()
        if depth == 0 or r < push_share:
            calls.append(rng.randint(low, high))
            depth += 1
        elif r < push_share + pop_share:
            calls.append("pop")
            depth -= 1
        else:
            calls.append(rng.choice(READS))
    return calls


_rng = random.Random(155)

HIDDEN = [
    {"tag": "one push, then reads", "args": _ops(-3, "top", "getMin")},
    {"tag": "single push then pop", "args": _ops(9, "pop", 8, "getMin", "top")},
    {
        "tag": "emptied and refilled with larger values",
        "args": _ops(1, "getMin", "pop", 50, 60, "getMin", "pop", "getMin", "top"),
    },
    {"tag": "increasing pushes", "args": _ops(*_read_after_each(range(1, 9)), *_unwind(8))},
    {"tag": "decreasing pushes", "args": _ops(*_read_after_each(range(8, 0, -1)), *_unwind(8))},
    {"tag": "duplicate minimum popped once", "args": _ops(3, 1, 1, "pop", "getMin", "pop", "getMin")},
    {
        "tag": "minimum pushed three times",
        "args": _ops(0, 0, 4, 0, "getMin", "pop", "getMin", "pop", "getMin", "pop", "getMin", "top"),
    },
    {"tag": "all equal", "args": _ops(*_read_after_each([7] * 6), *_unwind(6))},
    {
        "tag": "new minimum above an old one",
        "args": _ops(10, 2, 5, 1, "getMin", "pop", "getMin", "pop", "getMin", "pop", "getMin"),
    },
    {
        "tag": "smaller value below a larger top",
        "args": _ops(-5, 3, "getMin", "top", 1, "getMin", "top", "pop", "getMin", "top"),
    },
    {"tag": "all positive", "args": _ops(6, 9, 4, "getMin", "pop", "getMin", "top")},
    {"tag": "all negative", "args": _ops(-6, -9, -4, "getMin", "pop", "getMin", "top", "pop", "getMin")},
    {
        "tag": "extreme values",
        "args": _ops(
            HIGH, "getMin", LOW, "getMin", "top", "pop", "getMin", "top", LOW, HIGH, "getMin", "top"
        ),
    },
    {"tag": "zero and its neighbours", "args": _ops(0, -1, 1, "getMin", "pop", "getMin", "pop", "getMin")},
    {
        "tag": "reads do not change the stack",
        "args": _ops(2, 8, "top", "top", "getMin", "getMin", "pop", "top", "getMin"),
    },
    {
        "tag": "mins above and below a popped push",
        "args": _ops(
            4, 6, 3, "pop", 5, "getMin", 2, "getMin", "pop", "getMin", "pop", "pop", "getMin", "top"
        ),
    },
    {"tag": "zigzag values", "args": _ops(*_read_after_each([5, -5, 4, -4, 3, -3, 6]), *_unwind(7))},
    {
        "tag": "deep stack, then unwound",
        "args": _ops(*[_rng.randint(LOW, HIGH) for _ in range(4000)], *_unwind(4000)),
    },
    {
        "tag": "max number of calls, small values",
        "args": _ops(*_random_calls(_rng, MAX_CALLS, -20, 20, 0.35, 0.3)),
    },
    {
        "tag": "max number of calls, full range",
        "args": _ops(*_random_calls(_rng, MAX_CALLS, LOW, HIGH, 0.4, 0.35)),
    },
    {
        "tag": "deep stack, then minimum reads",
        "args": _ops(*[_rng.randint(LOW, HIGH) for _ in range(10_000)], *["getMin", "top"] * 1500),
    },
    # a minimum rescanned (in Python) whenever it is popped: about 10^8 steps here
    {
        "tag": "max number of calls, decreasing pushes, then pops",
        "args": _ops(*range(HIGH, HIGH - MAX_CALLS // 2, -1), *["pop"] * (MAX_CALLS // 2 - 1), "getMin"),
    },
]


@st.composite
def _small_calls(draw):
    value = st.integers(-3, 3) | st.integers(LOW, HIGH) | st.sampled_from([LOW, HIGH])
    wishes = draw(st.lists(value | st.sampled_from(("pop", "top", "getMin")), min_size=1, max_size=40))
    calls, depth = [], 0
    for w in wishes:
        if type(w) is not int and depth == 0:
            w = draw(value)  # the stack is empty: only a push may come next
        depth += 1 if type(w) is int else -(w == "pop")
        calls.append(w)
    return calls


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        return _ops(*draw(_small_calls()))
    # long sessions from a drawn size and seed: Hypothesis alone rarely draws them
    size = draw(st.integers(1, MAX_CALLS))
    rng = random.Random(draw(st.integers(0, 2**32)))
    spread = rng.choice([2, 1000, HIGH])
    # pushes and pops in shares that keep the stack shallow, or growing with few reads
    push, pop = rng.choice([(0.3, 0.3), (0.35, 0.3), (0.5, 0.45), (0.6, 0.35), (0.9, 0.08)])
    return _ops(*_random_calls(rng, size, max(LOW, -spread), spread, push, pop))


def inputs():
    return _inputs()


def valid(args):
    ops, argv = args["operations"], args["arguments"]
    if type(ops) is not list or type(argv) is not list or len(ops) != len(argv) or not ops:
        return "operations and arguments differ in length"
    if ops[0] != "MinStack" or argv[0] != []:
        return "the first call must be MinStack()"
    if len(ops) - 1 > MAX_CALLS:
        return "too many calls"
    depth = 0
    for op, a in zip(ops[1:], argv[1:], strict=True):
        if op == "push":
            if type(a) is not list or len(a) != 1 or type(a[0]) is not int or not LOW <= a[0] <= HIGH:
                return "push takes one integer in range"
            depth += 1
        elif op in ("pop", "top", "getMin"):
            if a != []:
                return f"{op} takes no arguments"
            if depth == 0:
                return f"{op} on an empty stack"
            depth -= op == "pop"
        else:
            return f"unknown operation {op!r}"
    return None


def large(n, rng):
    # half the calls push decreasing values, each a new minimum; then every pop removes
    # the minimum and is followed by reads. A getMin that scans the stack, or a cached
    # minimum rescanned when it is popped, pays for the whole stack every time
    depth = max(1, n // 2)
    start = rng.randrange(HIGH // 2)
    calls = [start - 3 * k for k in range(depth)]
    while len(calls) < n and depth > 1:
        calls += ["pop", "getMin", "top"]
        depth -= 1
    return _ops(*calls[: max(1, n)])
