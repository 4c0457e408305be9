from hypothesis import strategies as st

HIGH = 2**31 - 2

EXAMPLES = [
    {"args": {"n": 6}, "expected": 1610612736},
    {"args": {"n": 0}, "expected": 0},
    {"args": {"n": 1024}, "expected": 2097152},
]


def _case(tag, n):
    return {"tag": tag, "args": {"n": n}}


HIDDEN = [
    _case("lowest possible bit", 2),
    _case("highest possible bit", 2**30),
    _case("bit two", 4),
    _case("largest value, a palindrome", HIGH),
    _case("bits 1 and 30, a palindrome", 2**30 + 2),
    _case("alternating bits from bit 2", 0x55555554),
    _case("alternating bits from bit 1", 0x2AAAAAAA),
    _case("bit 16 to bit 15", 2**16),
    _case("bit 14 to bit 17", 2**14),
    _case("low half full", 0xFFFE),
    _case("high half full", 0x7FFF0000),
    _case("a power of ten", 1_000_000_000),
    _case("mixed digits", 123456788),
    _case("two high bits", 2**30 + 2**29),
    _case("middle bits", 0x00FF0000),
    _case("one byte", 0xF0),
]


def inputs():
    by_bits = st.integers(1, 30).flatmap(lambda b: st.integers(2 ** (b - 1), 2**b - 1))
    return st.one_of(st.integers(0, HIGH // 2), by_bits).map(lambda k: {"n": 2 * k})


def valid(args):
    n = args["n"]
    if type(n) is not int or not 0 <= n <= HIGH:
        return "n out of range"
    if n % 2:
        return "n is odd"
    return None


def large(n, rng):
    # the input is always 32 bits wide: every size gets a random valid value
    return {"n": 2 * rng.randint(0, HIGH // 2)}
