from hypothesis import strategies as st

HIGH = 2**31 - 1

EXAMPLES = [
    {"args": {"n": 19}, "expected": True},
    {"args": {"n": 2}, "expected": False},
]


def _case(tag, n):
    return {"tag": tag, "args": {"n": n}}


HIDDEN = [
    _case("smallest, already 1", 1),
    _case("happy single digit other than 1", 7),
    _case("unhappy single digit", 3),
    _case("start on the loop", 4),
    _case("another number on the loop", 89),
    _case("145, on the loop", 145),
    _case("a power of ten", 10),
    _case("100", 100),
    _case("two steps to 1", 13),
    _case("unhappy two digits", 16),
    _case("unhappy 20", 20),
    _case("happy 23", 23),
    _case("happy 28", 28),
    _case("unhappy 37", 37),
    _case("reaches 7 on the way", 70),
    _case("seven ones", 1111111),
    _case("six steps", 356),
    _case("seven steps", 78999),
    _case("billion", 1_000_000_000),
    _case("largest value", HIGH),
    _case("one below the largest", HIGH - 1),
    _case("nine nines", 999_999_999),
]


def inputs():
    by_digits = st.integers(1, 10).flatmap(lambda d: st.integers(10 ** (d - 1), min(10**d - 1, HIGH)))
    return st.one_of(st.integers(1, 1000), by_digits).map(lambda n: {"n": n})


def valid(args):
    n = args["n"]
    if type(n) is not int or not 1 <= n <= HIGH:
        return "n out of range"
    return None


def large(n, rng):
    # every value has at most 10 digits: every size gets a random valid value
    return {"n": rng.randint(1, HIGH)}
