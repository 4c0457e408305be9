import math
import random

from hypothesis import strategies as st

N_LOW, N_HIGH = -(2**31), 2**31 - 1
X_LIMIT = 100.0  # |x| < 100
ANSWER_LIMIT = 10_000.0
_LOG_LIMIT = math.log(ANSWER_LIMIT)

EXAMPLES = [
    {"args": {"x": 3.0, "n": 4}, "expected": 81.0},
    {"args": {"x": 2.5, "n": -2}, "expected": 0.16},
    {"args": {"x": -2.0, "n": 3}, "expected": -8.0},
]


def _case(tag, x, n):
    return {"tag": tag, "args": {"x": x, "n": n}}


HIDDEN = [
    _case("zero exponent", 7.5, 0),
    _case("zero exponent, negative base", -3.0, 0),
    _case("zero base", 0.0, 5),
    _case("exponent one", -99.9, 1),
    _case("exponent minus one", 4.0, -1),
    _case("negative base, even exponent", -3.0, 2),
    _case("negative base, odd exponent", -2.0, 13),
    _case("negative base, negative odd exponent", -2.0, -3),
    _case("odd exponent", 2.0, 13),
    _case("largest answer", 10.0, 4),
    _case("largest answer from a negative exponent", 0.1, -4),
    _case("negative answer near the limit", -21.5, 3),
    _case("fraction to a negative power", 0.5, -13),
    _case("base one, largest exponent", 1.0, N_HIGH),
    _case("base one, smallest exponent", 1.0, N_LOW),
    _case("base minus one, smallest exponent", -1.0, N_LOW),
    _case("base minus one, largest exponent", -1.0, N_HIGH),
    _case("two to the smallest exponent", 2.0, N_LOW),
    _case("tiny base, largest exponent", 0.00001, N_HIGH),
    _case("close to one, big exponent", 1.0001, 90_000),
    _case("close to one, big negative exponent", 0.99999, -900_000),
    _case("close to minus one, odd exponent", -1.00001, 99_999),
]


def _five_places(value):
    return round(value, 5)


@st.composite
def _inputs(draw):
    kind = draw(st.sampled_from(["small exponent", "huge exponent", "base near one"]))
    if kind == "small exponent":
        n = draw(st.integers(-40, 40))
        if n == 0:
            x = draw(st.integers(-9_999_999, 9_999_999).filter(bool)) / 100_000
        else:
            # |x| ** n must stay within the answer limit
            bound = math.exp(_LOG_LIMIT / abs(n))
            if n > 0:
                top = min(9_999_999, math.floor(bound * 100_000 * (1 - 1e-12)))
                x = draw(st.integers(0, top)) / 100_000
            else:
                least = max(1, math.ceil(100_000 / bound * (1 + 1e-12)))
                x = draw(st.integers(least, 9_999_999)) / 100_000
            if draw(st.booleans()):
                x = -x
    elif kind == "huge exponent":
        m = draw(st.integers(100_000, N_HIGH))
        x = draw(st.sampled_from([1.0, -1.0, 0.0, "below one", "above one"]))
        if x == "below one":  # shrinks towards 0: a positive exponent
            x, n = draw(st.integers(1, 90_000)) / 100_000, m
        elif x == "above one":  # a negative exponent
            x, n = draw(st.integers(110_000, 9_999_999)) / 100_000, -m - draw(st.integers(0, 1))
        else:
            n = m if x == 0.0 else draw(st.sampled_from([m, -m, -m - 1]))
        if draw(st.booleans()):
            x = -x
    else:
        n = draw(st.integers(-100_000, 100_000))
        step = draw(st.integers(1, 100)) / 100_000
        x = 1.0 + step if draw(st.booleans()) else 1.0 - step
        if n * math.log(x) > _LOG_LIMIT:  # too big an answer: take the reciprocal one
            n = -n
        if draw(st.booleans()):
            x = -x
    return {"x": float(_five_places(x)), "n": n}


def inputs():
    return _inputs()


def valid(args):
    x, n = args["x"], args["n"]
    if type(x) is not float or not -X_LIMIT < x < X_LIMIT or math.isnan(x):
        return "x out of range"
    if type(n) is not int or not N_LOW <= n <= N_HIGH:
        return "n out of range"
    if x == 0.0:
        return None if n > 0 else "zero to a power that is not positive"
    if n * math.log(abs(x)) > _LOG_LIMIT + 1e-9:
        return "the answer is beyond 10^4"
    return None


def large(n, rng):
    # x close to 1, so x ** n stays near 1 and no early exit (0, inf) ends a loop
    x = 1.0 + rng.uniform(0.1, 1.0) / max(n, 1) * rng.choice([1, -1])
    return {"x": x, "n": n if rng.random() < 0.5 else -n}
