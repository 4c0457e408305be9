"""A Report to feed the renderers and the history, without judging anything."""

from __future__ import annotations

from judge.report import Failure, Group, Report, Timing, Verdict


def report(verdict: Verdict, problem: str = "binary_search", **failure) -> Report:
    f = (
        Failure(group="hidden", case="2", input={"nums": [1]}, expected=0, got=1, **failure)
        if failure
        else None
    )
    return Report(
        problem=problem,
        solution="s.py",
        verdict=verdict,
        groups=(Group("hidden", 1, 2),),
        failure=f,
        timing=Timing(calls=2, median_ns=10, max_ns=20, wall_s=0.25),
    )
