from hypothesis import strategies as st

LOW, HIGH = -(2**31), 2**31 - 1

EXAMPLES = [
    {"args": {"x": 123}, "expected": 321},
    {"args": {"x": -123}, "expected": -321},
    {"args": {"x": 120}, "expected": 21},
    {"args": {"x": 1534236469}, "expected": 0},
]


def _case(tag, x):
    return {"tag": tag, "args": {"x": x}}


HIDDEN = [
    _case("zero", 0),
    _case("one digit", 7),
    _case("negative one digit", -8),
    _case("ten", 10),
    _case("minus ten", -10),
    _case("trailing zeros", 1200),
    _case("a zero inside", 901000),
    _case("a palindrome", 12321),
    _case("one billion", 1_000_000_000),
    _case("largest value, overflows", HIGH),
    _case("smallest value, overflows", LOW),
    _case("largest reversal that fits", 1463847412),
    _case("smallest reversal that fits", -1463847412),
    _case("just past the largest, overflows", 1563847412),
    _case("just past the smallest, overflows", -1563847412),
    _case("negative, overflows", -1534236469),
    _case("ten digits that fit reversed", 1000000002),
    _case("ten digits, too large reversed", 1000000003),
    _case("ten-digit palindrome between 2^30 and 2^31", 1999999991),
    _case("negative ten digits that fit", -2147483412),
    _case("nine nines", 999999999),
]


def _near_overflow(r, negative):
    """The value whose reversal is r, when it is a valid input, else its last digits."""
    x = int(str(r)[::-1])
    while x > HIGH:
        x //= 10
    return -x if negative else x


def inputs():
    anywhere = st.integers(LOW, HIGH)
    by_digits = st.integers(1, 10).flatmap(lambda d: st.integers(10 ** (d - 1), min(HIGH, 10**d - 1)))
    signed = st.builds(lambda x, neg: -x if neg else x, by_digits, st.booleans())
    near = st.builds(_near_overflow, st.integers(2**31 - 10**7, 2**31 + 10**7), st.booleans())
    return st.one_of(anywhere, signed, near).map(lambda x: {"x": x})


def valid(args):
    x = args["x"]
    if type(x) is not int or not LOW <= x <= HIGH:
        return "x out of range"
    return None


def large(n, rng):
    # as many digits as n, none of them zero (no digit is skipped), either sign
    digits = min(len(str(n)), 9)
    x = int("".join(rng.choice("123456789") for _ in range(digits)))
    return {"x": -x if rng.random() < 0.5 else x}
