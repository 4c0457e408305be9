"""The growth check's verdict from a probe's curves: the bar, the follow-up, and when to stop.

A problem's complexity has two parts (problem.toml): `expected`, the bar (the slowest
growth LeetCode accepts under the constraints), and `optimal`, the follow-up. The
reference is optimal, so the solution is judged twice on the same measurements: against
the reference scaled to the bar (worse than that is too slow) and against the reference
itself (worse than that is accepted, but not optimal). Where the two are the same class,
one comparison says both.

The probe goes past the statement's constraints to see the asymptotics. There it
measures time only: what a solution answers at a size beyond `max_n` is no verdict
(`beyond_constraints` words the note instead).
"""

from __future__ import annotations

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


def assess(expected: str, optimal: str | None, probe: Probe) -> Complexity:
    """The growth part of a report: against the bar, then against the follow-up."""
    optimal = optimal or expected
    mine, lying = charged_curve(probe.charges)
    sizes, theirs = probe.sizes, probe.reference_ns
    two_parts = complexity.canonical(optimal) != complexity.canonical(expected)
    against = f"the reference scaled to {expected}" if two_parts else "the reference"
    bar_sizes, bar_mine, bar_theirs = complexity.against_bar(expected, optimal, sizes, mine, theirs)
    bar = complexity.classify(expected, bar_sizes, bar_mine, bar_theirs, probe.timed_out_at, lying, against)
    best = complexity.classify(optimal, sizes, mine, theirs, probe.timed_out_at, lying) if two_parts else bar
    measured = bar.measured
    if best.ok is False and bar.ok is not False and best.measured is not None:
        # the fit's class, worse than the follow-up's; never past a bar that held
        measured = expected if complexity.worse_than(best.measured, expected) else best.measured
    optimal_ok = best.ok if bar.ok is not False else False
    if optimal_ok is True and log_factor_apart(expected, optimal):
        optimal_ok = None  # a log factor is within the noise of the measurement: not known
    note = "; ".join(filter(None, [probe.beyond, bar.note]))
    return Complexity(
        bar.expected or expected,
        measured,
        bar.ok,
        note,
        tuple(sizes[: len(mine)]),
        tuple(mine),
        tuple(theirs),
        optimal=optimal_ok,
        follow_up=complexity.canonical(optimal) or optimal,
    )


# Classes a log factor apart: over the probe's sizes a log factor grows the ratio to the
# reference about 2x, no more than the caches do to an honest solution, so the probe cannot
# tell them apart and says neither "optimal" nor "not optimal".
LOG_FACTOR_APART = {("O(log n)", "O(1)"), ("O(n log n)", "O(n)")}


def log_factor_apart(expected: str | None, optimal: str | None) -> bool:
    return (complexity.canonical(expected), complexity.canonical(optimal)) in LOG_FACTOR_APART


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
    mine, lying = charged_curve(probe.charges)
    points, mine, theirs = complexity.against_bar(expected, optimal, sizes, mine, probe.reference_ns)
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
