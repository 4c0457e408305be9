"""The growth check's verdict from a probe's curves: the bar, the follow-up, and when to stop.

A problem's complexity has two parts (problem.toml): `expected`, the bar (the slowest
growth LeetCode accepts under the constraints), and `optimal`, the follow-up. The
reference is optimal, so the solution is judged twice on the same measurements: against
the reference scaled to the bar (worse than that is too slow) and against the reference
itself (worse than that is accepted, but not optimal). Where the two are the same class,
one comparison says both.

The probe goes past the statement's constraints to see the asymptotics. There it
measures time only: what a solution answers at a size beyond `max_n` is no verdict
(`beyond_constraints` words the note instead). And since LeetCode judges time, not
growth, the time at `max_n` read off the curve has the last word where the curve alone
does not decide (AtLargest): fast there is accepted, hopelessly slow there is too slow.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Any

from judge import complexity
from judge.charging import Charge, charged_curve
from judge.report import Complexity, Verdict

PROBE_BUDGET_S = 1.5  # extra wall the growth check aims at
PROBE_UNSURE_BUDGET_S = 8.0  # how far it goes on to larger sizes while the curve is inconclusive


@dataclass(frozen=True)
class Probe:
    """What the probe measured: per size, the reference's time and the solution's charge."""

    sizes: list[int]  # every size the probe may measure, in order
    reference_ns: list[int]
    charges: list[Charge]
    timed_out_at: int | None = None
    beyond: str = ""  # why the probe stopped past the constraints, if it did
    # how many of sizes judge the bar (0: all); the rest time the follow-up alone
    # (complexity.follow_up_sizes), which is then judged on the top MIN_POINTS sizes
    bar_sizes: int = 0
    # the solution runs at native speed (Language.native_speed): its fast calls were timed
    # many together, warm, the Python reference's one at a time (see kept_growing)
    native_speed: bool = False


@dataclass(frozen=True)
class AtLargest:
    """What the constraints' largest size says where the curve alone does not decide.

    Where the problem does not demand its growth, a solution fast at the largest size passes
    on LeetCode whatever its growth (list.pop(0) in a loop costs an O(n^2) memmove: 8 ms at
    n = 10^4): worse than the bar but under `leeway_ns` there is accepted, not optimal. And a
    curve too short to decide (a probe stopped early by slow calls) that reaches, at the rate
    it grows, several time limits at the largest size is too slow: LeetCode's largest case
    would time out."""

    max_n: int
    leeway_ns: int | None  # None: the statement demands the bar
    hopeless_ns: int


# Half the time limit per call at the largest size, and no more than a quarter second: the
# time a Python solution may take on LeetCode's largest case and still pass its suite. A
# tenth of the limit rejected a list.pop(0) reorder_list at 95 ms under load; half of a
# limit raised for room (2.5 s) accepted an O(n*h) level order walk at 490 ms.
LEEWAY_SHARE = 0.5
LEEWAY_CAP_NS = 250_000_000
HOPELESS_LIMITS = 3  # time limits at the largest size, at the rate the curve grows


def at_largest(max_n: int | None, demanded: bool, time_limit_s: float) -> AtLargest | None:
    if max_n is None:
        return None
    limit_ns = time_limit_s * 1e9
    leeway_ns = None if demanded else int(min(limit_ns * LEEWAY_SHARE, LEEWAY_CAP_NS))
    return AtLargest(max_n, leeway_ns, int(limit_ns * HOPELESS_LIMITS))


def time_at(n: int, sizes: list[int], times: list[int]) -> float | None:
    """The time at size n, on the measured curve: interpolated between the sizes around it
    on log-log scales, extrapolated from the last two past them, the first below them;
    None past a single measured size."""
    points = [(s, t) for s, t in zip(sizes, times, strict=False) if t > 0]
    if not points:
        return None
    if n <= points[0][0]:
        return float(points[0][1])
    if len(points) == 1:
        return None  # one size says nothing of the rate: its time is only a floor past it
    i = next((k for k in range(1, len(points)) if points[k][0] >= n), len(points) - 1)
    (n0, t0), (n1, t1) = points[i - 1], points[i]
    slope = math.log(t1 / t0) / math.log(n1 / n0)
    return float(t0 * (n / n0) ** slope)


# Where the curve is unsure but rose faster than the reference's, a measured size within the
# constraints that took longer than the leeway, and this many times the reference's time there,
# is LeetCode's slow case: pairing every two of 5,000 words took 336 ms at n = 2,048 (33x the
# reference, 4x a doubling), 2 s at 5,000; the probe stops at a call that slow.
SLOW_WITHIN_RATIO = 8


def slow_within(largest: AtLargest, sizes: list[int], mine: list[int], theirs: list[int]) -> str:
    """What a measured size within the constraints says, where it was slow beside the
    reference and past the leeway; "" where none was (or the problem demands its growth)."""
    if largest.leeway_ns is None:
        return ""
    slow = [
        (n, t, t / max(r, 1))
        for n, t, r in zip(sizes, mine, theirs, strict=False)
        if n <= largest.max_n and t > largest.leeway_ns and t >= SLOW_WITHIN_RATIO * max(r, 1)
    ]
    if not slow:
        return ""
    n, t, times = slow[-1]
    within = f"within the constraints (up to {largest.max_n:,})"
    return f"it took {_ms(t)} at n = {n:,}, {within}, {times:.0f}x the reference's time"


def assess(expected: str, optimal: str | None, probe: Probe, largest: AtLargest | None = None) -> Complexity:
    """The growth part of a report: against the bar, then against the follow-up; then what the
    constraints' largest size says where the curve did not decide alone (AtLargest)."""
    optimal = optimal or expected
    mine, lying = charged_curve(probe.charges, probe.native_speed)
    sizes, theirs = probe.sizes, probe.reference_ns
    two_parts = complexity.canonical(optimal) != complexity.canonical(expected)
    against = f"the reference scaled to {expected}" if two_parts else "the reference"
    on_bar = probe.bar_sizes or len(sizes)
    bar_sizes, bar_mine, bar_theirs = complexity.against_bar(
        expected, optimal, sizes[:on_bar], mine[:on_bar], theirs[:on_bar], probe.native_speed
    )
    floor = noise_floor(probe.charges[:on_bar], mine[:on_bar])
    bar = complexity.classify(
        expected, bar_sizes, bar_mine, bar_theirs, probe.timed_out_at, lying, against, floor
    )
    # the follow-up, where the probe timed sizes for it alone, on the top ones: at the bar's
    # sizes a compiled call repeated on one input is fast beyond its class (a heap's branches,
    # learnt by heart up to about 10^3 elements, are mispredicted again past that)
    top = max(0, len(mine) - complexity.MIN_POINTS) if len(mine) > on_bar else 0
    best = (
        complexity.classify(
            optimal,
            sizes[top:],
            mine[top:],
            theirs[top:],
            probe.timed_out_at,
            lying,
            noise_floor_ns=noise_floor(probe.charges[top:], mine[top:]),
        )
        if two_parts
        else bar
    )
    measured = bar.measured
    if best.ok is False and bar.ok is not False and best.measured is not None:
        # the fit's class, worse than the follow-up's; never past a bar that held
        measured = expected if complexity.worse_than(best.measured, expected) else best.measured
    optimal_ok = best.ok if bar.ok is not False else False
    if two_parts and probe.native_speed and bar.ok is not False:  # its own curve has a say
        growing = kept_growing(sizes[: len(mine)], mine, optimal)
        if top and growing and best.ok is None:
            optimal_ok = False  # the ratio unsure where the reference's top size was disturbed
        elif not growing and best.ok is False:
            optimal_ok = None  # a step in the constant, or the reference's cost per call
    if optimal_ok is True and complexity.log_factor_apart(expected, optimal):
        optimal_ok = None  # the probe cannot tell a log factor from the caches: not known
    ok, note = bar.ok, bar.note
    at_max = time_at(largest.max_n, sizes, mine) if largest is not None else None
    if largest is not None and at_max is not None:
        where = f"n = {largest.max_n:,}, the constraints' largest"
        # past the largest size measured, the time there is the curve's, not a measurement
        time = _ms(at_max) if largest.max_n <= sizes[len(mine) - 1] else f"an estimated {_ms(at_max)}"
        if ok is False and largest.leeway_ns is not None and at_max <= largest.leeway_ns:
            ok = True
            note = f"{note}; but {time} at {where}, which LeetCode accepts"
        elif ok is None and at_max >= largest.hopeless_ns:
            ok = optimal_ok = False
            note = f"at the rate it grows, {where}, would take {_ms(at_max)}"
        elif ok is None and bar.rising and (slow := slow_within(largest, sizes, mine, theirs)):
            ok = optimal_ok = False
            note = f"its time grew faster than {against}, and {slow}"
        elif ok is False and probe.timed_out_at is None:
            if largest.leeway_ns is None:  # fast at the constraints, maybe: the statement asks for it
                note = f"{note}; the statement asks for {expected}, however fast ({time} at {where})"
            else:
                allowed = f"more than the {_ms(largest.leeway_ns)} a growth worse than the bar may take there"
                note = f"{note}; {time} at {where}, {allowed}"
    # the class named agrees with the verdicts: worse than the bar where too slow, worse
    # than the follow-up where not optimal, no worse than the follow-up where optimal
    if optimal_ok is False and not complexity.worse_than(measured, expected if ok is False else optimal):
        measured = None
    elif optimal_ok is True and complexity.worse_than(measured, optimal):
        measured = complexity.canonical(optimal)
    note = "; ".join(filter(None, [probe.beyond, note]))
    return Complexity(
        bar.expected or expected,
        measured,
        ok,
        note,
        tuple(sizes[: len(mine)]),
        tuple(mine),
        tuple(theirs),
        optimal=optimal_ok,
        follow_up=complexity.canonical(optimal) or optimal,
    )


# A native-speed solution's ratio to the reference can rise with no worse class behind it:
# - once, in a step, on the sizes timed for the follow-up alone: Java's recursion 4096 deep
#   cost 8x a node what 2048 deep did;
# - where the follow-up is judged on the bar's sizes (an exponential table: n = 6 to 16),
#   from the reference's side: its calls of a few microseconds are timed one at a time,
#   each after a round trip that left the caches cold (4.5-7.5 us for generateParenthesis(3)
#   in the sandbox, 2.3 us warm), the solution's many together, warm. That flattens the
#   reference's first sizes, and C++ backtracking, whose own time grew 417x from n = 6 to 16
#   (less than 2^n's 1024x), was called not optimal twice in one CI run.
# A worse class keeps rising, and so does its own curve, faster than the follow-up's class
# at each of the last three steps (4x against 2x a doubling for O(n^2) and O(n)); its own
# curve, since the reference's top sizes can be disturbed as much (5x seen once at a load of 6).
FOLLOWED_DOUBLINGS = 3
FOLLOWED_MARGIN = 0.5  # in the log-log slope: a class worse by n grows it by 1


def kept_growing(sizes: list[int], mine: list[int], optimal: str) -> bool:
    """Whether the solution's own time grew faster than the follow-up's class, by
    FOLLOWED_MARGIN in the log-log slope, over each of the last FOLLOWED_DOUBLINGS steps
    between sizes (two let Java's recursion, dearer again past 8,192 deep, through 2 times
    in 10)."""
    best = complexity.canonical(optimal)
    points = list(zip(sizes, mine, strict=False))[-FOLLOWED_DOUBLINGS - 1 :]
    if best is None or len(points) <= FOLLOWED_DOUBLINGS or any(t <= 0 for _, t in points):
        return True  # nothing to tell a step by: the curves' verdict stands
    f = complexity.GROWTH[best]
    for (n0, t0), (n1, t1) in itertools.pairwise(points):
        span = math.log(n1 / n0)
        if math.log(t1 / t0) / span < math.log(f(n1) / f(n0)) / span + FOLLOWED_MARGIN:
            return False
    return True


def noise_floor(charges: list[Charge], times: list[int]) -> float:
    """The time below which the curve says nothing: NOISE_FLOOR_NS for one call, a
    fraction of it where the slowest size was the average of many calls timed together."""
    if not charges or not times:
        return complexity.NOISE_FLOOR_NS
    slowest = max(range(len(times)), key=times.__getitem__)
    return complexity.NOISE_FLOOR_NS / charges[slowest].repeats


def _ms(ns: float) -> str:
    return f"{ns / 1e6:.1f} ms" if ns < 1e9 else f"{ns / 1e9:.1f} s"


def keep_probing(
    spent_s: float, beyond: bool, expected: str, optimal: str | None, sizes: list[int], probe: Probe
) -> bool:
    """Whether the growth probe measures its next size. Within its budget and its table
    of sizes, yes; past either, only while the curve so far is inconclusive against the
    bar, up to a longer budget: an O(n^2) with a small constant (list.pop(0), say) shows
    only at the top, where an honest hash table's steps out of the caches have levelled off."""
    if spent_s >= PROBE_UNSURE_BUDGET_S:
        return False
    if spent_s < PROBE_BUDGET_S and not beyond:
        return True
    mine, lying = charged_curve(probe.charges, probe.native_speed)
    points, mine, theirs = complexity.against_bar(
        expected, optimal, sizes, mine, probe.reference_ns, probe.native_speed
    )
    return complexity.classify(expected, points, mine, theirs, None, lying).ok is None


def beyond_constraints(n: int, max_n: int, verdict: Verdict, got: Any, reason: str) -> str:
    """The note for what a solution did at a probe size the constraints do not allow."""
    where = f"beyond the constraints (n = {n:,} > {max_n:,})"
    if verdict is Verdict.WRONG_ANSWER:
        what = "your answer differs from the reference's" + (": floating point?" if _has_float(got) else "")
    elif verdict is Verdict.MEMORY_LIMIT_EXCEEDED:
        what = "your solution ran out of memory"
    else:
        what = reason or "your solution failed"
    return f"{where}, {what}; not a verdict, the probe stopped there"


def _has_float(value: Any, budget: int = 10_000) -> bool:
    if type(value) is float:
        return True
    if type(value) is list:
        return any(_has_float(v) for v in value[:budget])
    return False
