from hypothesis import strategies as st

HIGH = 2**31 - 1

EXAMPLES = [
    {"args": {"n": 13}, "expected": 3},
    {"args": {"n": 256}, "expected": 1},
    {"args": {"n": 2147483646}, "expected": 30},
]


def _case(tag, n):
    return {"tag": tag, "args": {"n": n}}


HIDDEN = [
    _case("smallest value", 1),
    _case("two", 2),
    _case("three", 3),
    _case("seven", 7),
    _case("largest value, all 31 bits", HIGH),
    _case("highest bit alone", 2**30),
    _case("highest bit and lowest bit", 2**30 + 1),
    _case("even bits", 0x55555555),
    _case("odd bits", 0x2AAAAAAA),
    _case("low half full", 2**16 - 1),
    _case("one bit past the low half", 2**16),
    _case("ten ones", 1023),
    _case("a power of ten", 1_000_000_000),
    _case("high bits only", 0x7FFF0000),
    _case("decimal digits of one", 1111111111),
    _case("digits one to nine", 123456789),
    _case("one below a power of two", 2**24 - 1),
]


def inputs():
    by_bits = st.integers(1, 31).flatmap(lambda b: st.integers(2 ** (b - 1), 2**b - 1))
    return st.one_of(st.integers(1, HIGH), by_bits).map(lambda n: {"n": n})


def valid(args):
    n = args["n"]
    if type(n) is not int or not 1 <= n <= HIGH:
        return "n out of range"
    return None


def large(n, rng):
    # every bit set, as many bits as n has: the most work for a bit-by-bit loop
    return {"n": (1 << max(1, n.bit_length())) - 1}
