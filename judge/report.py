"""The result of judging one solution: verdicts and the Report, as plain data.

`Report.to_json()` is the `--json` schema (version 1, DESIGN.md): keys are only ever
added within a schema version, never renamed; tests/unit/test_report.py locks them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

SCHEMA_VERSION = 1


class Verdict(StrEnum):
    ACCEPTED = "accepted"
    WRONG_ANSWER = "wrong_answer"
    TIME_LIMIT_EXCEEDED = "time_limit_exceeded"
    MEMORY_LIMIT_EXCEEDED = "memory_limit_exceeded"
    RUNTIME_ERROR = "runtime_error"
    COMPILE_ERROR = "compile_error"
    TOO_SLOW = "too_slow"
    JUDGE_ERROR = "judge_error"

    @property
    def code(self) -> str:
        return _CODES[self]

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


_CODES = {
    Verdict.ACCEPTED: "AC",
    Verdict.WRONG_ANSWER: "WA",
    Verdict.TIME_LIMIT_EXCEEDED: "TLE",
    Verdict.MEMORY_LIMIT_EXCEEDED: "MLE",
    Verdict.RUNTIME_ERROR: "RE",
    Verdict.COMPILE_ERROR: "CE",
    Verdict.TOO_SLOW: "SLOW",
    Verdict.JUDGE_ERROR: "—",
}


@dataclass(frozen=True)
class Group:
    name: str  # examples | hidden | property
    passed: int
    total: int
    run: int = 0  # calls made; below total when the run stopped early


@dataclass(frozen=True)
class Failure:
    group: str
    case: str  # "3", "shrunk", "load"
    input: dict[str, Any] | None
    expected: Any
    got: Any
    stdout: str = ""
    error: dict[str, str] | None = None  # type, message, traceback
    tag: str | None = None
    reason: str = ""  # one sentence: why this is the verdict
    shrunk: bool = False


@dataclass(frozen=True)
class Timing:
    calls: int
    median_ns: int | None
    max_ns: int | None
    wall_s: float
    reference_median_ns: int | None = None  # the reference, on a sample of the generated inputs
    sample_median_ns: int | None = None  # the solution, on that same sample
    peak_memory_kb: int | None = None  # the sandbox's peak resident memory over the judged calls


@dataclass(frozen=True)
class Complexity:
    expected: str | None
    measured: str | None
    ok: bool | None  # None: inconclusive or not measured
    note: str = ""
    sizes: tuple[int, ...] = ()
    solution_ns: tuple[int, ...] = ()
    reference_ns: tuple[int, ...] = ()
    optimal: bool | None = None  # grows no faster than the follow-up; None: not known
    follow_up: str | None = None  # the growth the follow-up asks (problem.toml `optimal`)


@dataclass(frozen=True)
class Report:
    problem: str
    solution: str
    verdict: Verdict
    groups: tuple[Group, ...] = ()
    failure: Failure | None = None
    timing: Timing | None = None
    complexity: Complexity | None = None
    seed: int | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)
    language: str = "python"  # the solution's (judge.languages)

    @property
    def accepted(self) -> bool:
        return self.verdict is Verdict.ACCEPTED

    @property
    def not_optimal(self) -> bool:
        """Accepted, and measured slower than the follow-up asks."""
        return self.accepted and self.complexity is not None and self.complexity.optimal is False

    def passes(self, require_optimal: bool = False) -> bool:
        """Whether the solution passes a check: accepted, and as fast as the follow-up asks
        where the repository requires that (`judge check --require-optimal`, judge.toml)."""
        return self.accepted and not (require_optimal and self.not_optimal)

    def to_json(self) -> dict[str, Any]:
        failure = None
        if self.failure is not None:
            f = self.failure
            failure = {
                "group": f.group,
                "case": f.case,
                "input": f.input,
                "expected": f.expected,
                "got": f.got,
                "stdout": f.stdout,
                "error": f.error,
                "tag": f.tag,
                "reason": f.reason,
                "shrunk": f.shrunk,
            }
        timing = None
        if self.timing is not None:
            t = self.timing
            timing = {
                "calls": t.calls,
                "median_ns": t.median_ns,
                "max_ns": t.max_ns,
                "wall_s": round(t.wall_s, 3),
                "reference_median_ns": t.reference_median_ns,
                "sample_median_ns": t.sample_median_ns,
                "peak_memory_kb": t.peak_memory_kb,
            }
        complexity = None
        if self.complexity is not None:
            c = self.complexity
            complexity = {
                "expected": c.expected,
                "measured": c.measured,
                "ok": c.ok,
                "note": c.note,
                "sizes": list(c.sizes),
                "solution_ns": list(c.solution_ns),
                "reference_ns": list(c.reference_ns),
                "optimal": c.optimal,
                "follow_up": c.follow_up,
            }
        return {
            "schema_version": SCHEMA_VERSION,
            "problem": self.problem,
            "solution": self.solution,
            "verdict": self.verdict.value,
            "groups": [{"name": g.name, "passed": g.passed, "total": g.total} for g in self.groups],
            "failure": failure,
            "timing": timing,
            "complexity": complexity,
            "seed": self.seed,
            "notes": list(self.notes),
            "language": self.language,
        }
