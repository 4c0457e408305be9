"""The growth check: how a solution's time grows with n, next to the reference's.

Both run on the same inputs of geometrically growing size (the problem's
`large(n, rng)`), each in its own sandbox, several times per size; the minimum time
per size is kept. The verdict comes from the *ratio* solution/reference: a ratio
that grows steadily with n means a worse class than the reference's, whatever the
machine's speed. The fitted class (least squares per candidate, standard library
only) is what the report names. Inconclusive measurements never fail a solution.

Times are the sandbox's own per-call clock, cross-checked by the host (charging.py):
a solution that fakes its clock inside the sandbox is timed by the host instead.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass

GROWTH = {
    "O(1)": lambda n: 1.0,
    "O(log n)": lambda n: math.log2(n),
    "O(n)": lambda n: float(n),
    "O(n log n)": lambda n: n * math.log2(n),
    "O(n^2)": lambda n: float(n) ** 2,
    "O(n^3)": lambda n: float(n) ** 3,
    "O(2^n)": lambda n: 2.0**n,
    "O(n 2^n)": lambda n: n * 2.0**n,
}
ORDER = list(GROWTH)
ALIASES = {
    "O(log(n))": "O(log n)",
    "O(nlogn)": "O(n log n)",
    "O(n*log n)": "O(n log n)",
    "O(n²)": "O(n^2)",
    "O(n**2)": "O(n^2)",
    "O(n³)": "O(n^3)",
    "O(n*2^n)": "O(n 2^n)",
}

# Probe sizes per expected class: large enough for the asymptotics to show, small
# enough that one class worse still answers within the time limit at the first sizes.
# O(log n) goes on to 2^18: a scan in C costs only a few hundred microseconds at
# 2^16, too little for the host's CPU accounting to catch a solution that fakes its
# clock. Past 2^16 the data leave the CPU's caches and a search's random reads slow
# down in steps that a scan's do not, which the classifier allows for.
SIZES = {
    "O(1)": [2**k for k in range(8, 19)],
    "O(log n)": [2**k for k in range(8, 19)],
    "O(n)": [2**k for k in range(8, 17)],
    "O(n log n)": [2**k for k in range(8, 17)],
    "O(n^2)": [2**k for k in range(4, 11)],
    "O(n^3)": [2**k for k in range(3, 8)],
    "O(2^n)": list(range(6, 17, 2)),
    "O(n 2^n)": list(range(6, 17, 2)),
}
# One doubling more, measured only while the curve is still inconclusive at the top.
SIZES_BEYOND = {"O(n)": [2**17], "O(n log n)": [2**17]}
CLOCK_LIED = "the sandbox's clock disagreed with the host's CPU accounting, which timed the solution instead"
MIN_POINTS = 5
SLOW_CALL_NS = 100_000_000  # a probe that stopped early stopped on a call at least this slow
NOISE_FLOOR_NS = 20_000  # below this a solution's time says little about growth
RATIO_SLOPE_SLOW = 0.35  # log-log slope of solution/reference that means a worse class
RATIO_GROWTH_SLOW = 4.0  # and the ratio must grow at least this much over the sizes
RATIO_SLOPE_CLEAR = 0.5  # a gentler slope that reached the top sizes must show twice that
# growth: there a hash table's data leave the caches, which raises an honest O(n)'s ratio
# by 2-4x in steps (6x seen under load). A probe stopped lower down by slow calls is not that.
RATIO_GROWTH_CLEAR = 16.0  # more than any step in the constant factor: the upper sizes need not agree


def canonical(name: str | None) -> str | None:
    if name is None:
        return None
    name = ALIASES.get(name.strip(), name.strip())
    return name if name in GROWTH else None


def sizes_for(expected: str | None) -> list[int]:
    return SIZES.get(canonical(expected) or "O(n)", SIZES["O(n)"])


def sizes_beyond(expected: str | None) -> list[int]:
    return SIZES_BEYOND.get(canonical(expected) or "O(n)", [])


FIXED_SHARE = 0.9  # of the smaller least time of the two curves: taken for the fixed cost
# Classes a log factor apart: over the probe's sizes a log factor grows the ratio to the
# reference about 2x, no more than the caches do to an honest solution.
LOG_FACTOR_APART = {("O(log n)", "O(1)"), ("O(n log n)", "O(n)")}


def log_factor_apart(expected: str | None, optimal: str | None) -> bool:
    return (canonical(expected), canonical(optimal)) in LOG_FACTOR_APART


# A native-speed solution's follow-up, judged past the bar's sizes. Where the bar is a
# polynomial factor above the follow-up (O(n^2) against O(n)), the bar's sizes are small:
# a compiled call there takes microseconds, a Python reference's tens, most of them its
# fixed cost per call, which flattens the reference's curve at the first sizes. Against it
# an optimal C++ heap or Floyd's walk grew 5-8x and was called not optimal, and a JavaScript
# O(n * m) subtree check, cheap until the top sizes, was called optimal. So such a solution
# is timed on up to FOLLOW_UP_EXTRA sizes more, from the follow-up's table, for time only
# (growth.assess judges the follow-up on the top sizes measured, the bar on its own).
FOLLOW_UP_EXTRA = 4
POLYNOMIAL = ("O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n^2)", "O(n^3)")


def follow_up_sizes(expected: str | None, optimal: str | None) -> list[int]:
    """The sizes past the bar's table a native-speed solution is timed at for the follow-up:
    none where the two classes are one, a log factor apart, or not both polynomial, or where
    the bar's table goes on by itself (sizes_beyond)."""
    bar, best = canonical(expected), canonical(optimal)
    if bar is None or best is None or bar == best or log_factor_apart(bar, best):
        return []
    if bar not in POLYNOMIAL or best not in POLYNOMIAL or sizes_beyond(bar):
        return []
    last = sizes_for(bar)[-1]
    return [n for n in sizes_for(best) if n > last][:FOLLOW_UP_EXTRA]


def against_bar(
    expected: str | None,
    optimal: str | None,
    sizes: list[int],
    solution_ns: list[int],
    reference_ns: list[int],
    native_speed: bool = False,
) -> tuple[list[int], list[int], list[int]]:
    """The curves that say whether a solution grows faster than the bar, from the reference's
    (an optimal solution's): (sizes, solution's times, the reference's times as a solution of
    the bar's class would take them): the reference's scaled by f_bar(n) / f_optimal(n),
    relative to the smallest size.

    Where the bar is a polynomial factor above the follow-up (O(n^2) against O(n)), the
    probe's sizes are small and a call's fixed cost (the call itself, reading the answer),
    which grows with no class, is most of a fast reference's time there. Scaled with the
    rest, it made an honest O(n^2) grow up to 5x against the curve, a step from too slow.
    So the fixed cost is first taken out of both curves: 90% of the smaller of the two
    curves' least times (no more than either can hold; all of it left a fast solution's
    small sizes at nothing, and a reference's slow first call made everything after it
    nothing). A log factor (O(n log n) against O(n)) scales the fixed cost by 2x at most
    over the probe's sizes: there the whole time is scaled.

    native_speed: the solution's fast calls were timed many together, warm, and carry next
    to no fixed cost, while the Python reference's, timed one at a time, carry several
    microseconds (its caches cold after each round trip). The fixed cost is then the
    reference's alone: taken from both, it was 90% of a C++ solution's own first time, which
    is work, and the rest of that curve seemed to grow 6x faster than the bar (C++
    backtracking for generate_parentheses, too slow but for the time at max_n)."""
    bar, best = canonical(expected), canonical(optimal)
    if bar is None or best is None or bar == best or not reference_ns or not solution_ns:
        return sizes, solution_ns, reference_ns
    f, g = GROWTH[bar], GROWTH[best]
    first = f(sizes[0]) / g(sizes[0])
    least = min(reference_ns) if native_speed else min(*reference_ns, *solution_ns)
    fixed = 0.0 if log_factor_apart(bar, best) else FIXED_SHARE * least
    mine = solution_ns if native_speed else [max(int(t - fixed), 1) for t in solution_ns]
    theirs = [
        max(int((t - fixed) * (f(n) / g(n)) / first), 1) for n, t in zip(sizes, reference_ns, strict=False)
    ]
    return sizes, mine, theirs


def robust_slope(xs: list[float], ys: list[float]) -> float:
    """Theil-Sen: the median of pairwise slopes, so one noisy point cannot tilt it."""
    pairs = [
        (ys[j] - ys[i]) / (xs[j] - xs[i])
        for i in range(len(xs))
        for j in range(i + 1, len(xs))
        if xs[j] != xs[i]
    ]
    return statistics.median(pairs) if pairs else 0.0


def slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of ys against xs."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    var = sum((x - mx) ** 2 for x in xs)
    if var == 0:
        return 0.0
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var


def fit_class(sizes: list[int], times: list[float]) -> str:
    """The candidate class whose a·f(n) + c fits the times best (relative error)."""
    best, best_error = "O(1)", math.inf
    for name in ORDER:
        f = GROWTH[name]
        try:
            fs = [f(n) for n in sizes]
            a = max(slope(fs, times), 0.0)
            c = max(sum(t - a * x for t, x in zip(times, fs, strict=True)) / len(times), 0.0)
            error = sum(((t - (a * x + c)) / t) ** 2 for t, x in zip(times, fs, strict=True) if t > 0)
        except (OverflowError, ZeroDivisionError):
            continue
        if error < best_error * 0.8:  # a more complex class must fit clearly better
            best, best_error = name, error
    return best


@dataclass(frozen=True)
class Growth:
    expected: str | None
    measured: str | None
    ok: bool | None  # None: inconclusive
    note: str
    sizes: tuple[int, ...]
    solution_ns: tuple[int, ...]
    reference_ns: tuple[int, ...]
    # inconclusive, yet the time relative to the reference rose as a worse class's does
    # (RATIO_SLOPE_SLOW), by half what a verdict needs: growth.assess asks what the time
    # at a size within the constraints says
    rising: bool = False


def classify(
    expected: str | None,
    sizes: list[int],
    solution_ns: list[int],
    reference_ns: list[int],
    timed_out_at: int | None = None,
    clock_lied: bool = False,
    against: str = "the reference",
    noise_floor_ns: float = NOISE_FLOOR_NS,
) -> Growth:
    """Compare the two curves; see the module docstring for the rule.

    clock_lied: the sandbox's clock claimed far less than the host saw, so the
    solution's times are the host's estimates; the note says so. against: what
    reference_ns is, for the notes ("the reference", or the reference scaled to the bar).
    noise_floor_ns: below it the times say nothing of growth (lower where each time is
    the average of many calls timed together).
    A too-slow verdict never names a measured class within the bar: where the fit
    cannot name a worse one, the note says in words what grew."""
    exp = canonical(expected)
    points = tuple(sizes[: len(solution_ns)])
    measured = fit_class(list(points), [float(t) for t in solution_ns]) if len(points) >= 3 else None

    def done(ok: bool | None, note: str, shown: str | None, rising: bool = False) -> Growth:
        if clock_lied:
            note = "; ".join(filter(None, [note, CLOCK_LIED]))
        return Growth(exp, shown, ok, note, points, tuple(solution_ns), tuple(reference_ns), rising)

    if timed_out_at is not None:
        return done(False, f"ran past the time limit at n = {timed_out_at:,}", _worse_or_none(measured, exp))
    if len(points) < 3:
        return done(None, "too few sizes measured", measured)
    if len(points) < MIN_POINTS:  # the probe stopped early because a call was already slow
        few = [math.log(max(s, 1) / max(r, 1)) for s, r in zip(solution_ns, reference_ns, strict=False)]
        few_slope = robust_slope([math.log(n) for n in points], few)
        slow_call = solution_ns[-1] >= SLOW_CALL_NS
        if (
            slow_call
            and few_slope >= RATIO_SLOPE_SLOW * 2
            and math.exp(few[-1] - few[0]) >= RATIO_GROWTH_SLOW
        ):
            return done(
                False,
                f"time relative to {against} grew {math.exp(few[-1] - few[0]):.0f}x "
                f"from n = {points[0]:,} to n = {points[-1]:,}",
                _worse_or_none(measured, exp),
            )
        rose = few_slope >= RATIO_SLOPE_SLOW and math.exp(few[-1] - few[0]) >= RATIO_GROWTH_SLOW / 2
        return done(None, "too few sizes measured", measured, rose)
    ratios = [math.log(max(s, 1) / max(r, 1)) for s, r in zip(solution_ns, reference_ns, strict=False)]
    logs = [math.log(n) for n in points]
    ratio_slope = robust_slope(logs, ratios)
    # The upper sizes must agree: a step in the constant factor (deep recursion leaving
    # the cache, say) raises the ratio once; a worse class keeps raising it, unless
    # the reference slows down at the top too (its data leaving the cache), so a ratio
    # that grew far more than a step can is enough.
    upper = len(points) // 2
    upper_slope = robust_slope(logs[upper:], ratios[upper:])
    growth = math.exp((ratios[-1] + ratios[-2] - ratios[0] - ratios[1]) / 2)
    if max(solution_ns) < noise_floor_ns:  # below the noise a fitted class means nothing
        return done(True, "fast at every size measured", None)
    steady = upper_slope >= RATIO_SLOPE_SLOW * 0.8 or growth >= RATIO_GROWTH_CLEAR
    at_top = exp is not None and points[-1] >= sizes_for(exp)[-1]
    gentle = at_top and ratio_slope < RATIO_SLOPE_CLEAR
    needed = 2 * RATIO_GROWTH_SLOW if gentle else RATIO_GROWTH_SLOW
    if ratio_slope >= RATIO_SLOPE_SLOW and steady and growth >= needed:
        return done(
            False,
            f"time relative to {against} grew {growth:.0f}x from n = {points[0]:,} to n = {points[-1]:,}",
            _worse_or_none(measured, exp),
        )
    if ratio_slope >= RATIO_SLOPE_SLOW / 2 and growth >= RATIO_GROWTH_SLOW / 2 and upper_slope > 0:
        rose = ratio_slope >= RATIO_SLOPE_SLOW
        return done(None, f"inconclusive: the time grows a little faster than {against}", measured, rose)
    if measured is not None and exp is not None and ORDER.index(measured) > ORDER.index(exp):
        measured = exp  # the fit alone is noisy; the reference's curve says it grows alike
    return done(True, "", measured)


def _worse_or_none(measured: str | None, expected: str | None) -> str | None:
    """The fitted class where it is worse than the bar; else None (the note says what grew)."""
    if measured is None or expected is None or ORDER.index(measured) <= ORDER.index(expected):
        return None
    return measured


def worse_than(measured: str | None, bar: str | None) -> bool:
    """Whether a class name is worse than the bar (names outside the table never are)."""
    m, b = canonical(measured), canonical(bar)
    return m is not None and b is not None and ORDER.index(m) > ORDER.index(b)


def sparkline(values: list[int]) -> str:
    """A terminal rendering of a curve on a log scale."""
    bars = "▁▂▃▄▅▆▇█"
    if not values:
        return ""
    logs = [math.log10(max(v, 1)) for v in values]
    lo, hi = min(logs), max(logs)
    span = (hi - lo) or 1.0
    return "".join(bars[min(int((x - lo) / span * (len(bars) - 1) + 0.5), len(bars) - 1)] for x in logs)
