from hypothesis import strategies as st

HIGH = 100_000

EXAMPLES = [
    {"args": {"n": 3}, "expected": [0, 1, 1, 2]},
    {"args": {"n": 6}, "expected": [0, 1, 1, 2, 1, 2, 2]},
    {"args": {"n": 0}, "expected": [0]},
]


def _case(tag, n):
    return {"tag": tag, "args": {"n": n}}


HIDDEN = [
    _case("one", 1),
    _case("two", 2),
    _case("four, a power of two", 4),
    _case("seven, all ones", 7),
    _case("eight", 8),
    _case("fifteen", 15),
    _case("sixteen", 16),
    _case("thirty-one", 31),
    _case("thirty-two", 32),
    _case("one hundred", 100),
    _case("1023", 1023),
    _case("1024", 1024),
    _case("2^16 - 1", 2**16 - 1),
    _case("2^16", 2**16),
    _case("one below the largest", HIGH - 1),
    _case("largest", HIGH),
]


def inputs():
    return st.one_of(st.integers(0, 300), st.integers(0, HIGH)).map(lambda n: {"n": n})


def valid(args):
    n = args["n"]
    if type(n) is not int or not 0 <= n <= HIGH:
        return "n out of range"
    return None


def large(n, rng):
    return {"n": n}
