"""`judge verify`: prove a problem folder is sound before anyone practises on it.

Checks, in order: the metadata is consistent; the statement shows the examples; the
reference gives every example's answer; there are enough tagged hidden cases and
every case and generated input satisfies the problem's own validator; and every
file under submissions/<verdict>/ gets exactly that verdict in the real sandbox.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from hypothesis import HealthCheck, Verbosity, given, seed, settings

from judge import languages
from judge.complexity import ORDER, canonical
from judge.engine import RunOptions, backend_for, judge_solution
from judge.judging import same
from judge.problem import DIFFICULTIES, TOPICS, Case, Problem
from judge.reference import Reference
from judge.report import Report, Verdict
from judge.sandbox.base import Backend

MIN_HIDDEN = 15
STRATEGY_SAMPLES = 60
NOT_OPTIMAL = "not_optimal"  # accepted, and reported slower than the follow-up asks
VERDICT_FOLDERS = {v.value for v in Verdict} - {Verdict.JUDGE_ERROR.value} | {NOT_OPTIMAL}


@dataclass
class Findings:
    slug: str
    problems: list[str] = field(default_factory=list)
    submissions: list[tuple[str, str, str]] = field(default_factory=list)  # file, wanted, got

    @property
    def ok(self) -> bool:
        return not self.problems


def _compact(value: object) -> str:
    return json.dumps(value, separators=(",", ":"))


def _squash(text: str) -> str:
    """Text compared without white space or case, and with Python's names for JSON's constants."""
    text = re.sub(r"\s+", "", text).lower()
    return text.replace("none", "null")


def check_metadata(problem: Problem, out: list[str]) -> None:
    if problem.difficulty not in DIFFICULTIES:
        out.append(f"difficulty {problem.difficulty!r} is not one of {', '.join(DIFFICULTIES)}")
    if not problem.tags:
        out.append("no tags")
    out.extend(f"tag {t!r} is not a topic" for t in problem.tags if t not in TOPICS)
    check_complexity(problem, out)
    if problem.kind == "function" and not problem.function:
        out.append("no function name")
    if problem.kind in ("design", "roundtrip") and not problem.class_name:
        out.append(f"a {problem.kind} problem needs `class`")
    if problem.inplace and problem.inplace not in {p.name for p in problem.params}:
        out.append(f"inplace names {problem.inplace!r}, which is not a parameter")
    statement = problem.statement()
    for heading in ("## Examples", "## Constraints"):
        if heading not in statement:
            out.append(f"statement.md has no {heading!r} section")


def check_complexity(problem: Problem, out: list[str]) -> None:
    """The bar (`expected`), the follow-up (`optimal`) and the constraint bound (`max_n`)."""
    bar, best = problem.complexity, problem.optimal
    if bar is not None and canonical(bar) is None:
        out.append(f"complexity {bar!r} is not a known class")
    if best is not None and canonical(best) is None:
        out.append(f"optimal {best!r} is not a known class")
    if bar is None or canonical(bar) is None or best is None or canonical(best) is None:
        return
    if ORDER.index(canonical(best) or "") > ORDER.index(canonical(bar) or ""):
        out.append(f"optimal {best} grows faster than the bar, expected {bar}")
    if canonical(best) != canonical(bar) and not problem.complexity_reason:
        out.append("expected and optimal differ, but [complexity] gives no reason")
    if problem.max_n is not None and problem.max_n < 1:
        out.append(f"max_n {problem.max_n} is not a size")


def outcome(report: Report) -> str:
    """The submissions folder a report belongs in."""
    return NOT_OPTIMAL if report.not_optimal else report.verdict.value


def check_cases(problem: Problem, reference: Reference, out: list[str]) -> None:
    valid = getattr(problem.cases, "valid", None)
    check = getattr(problem.cases, "check", None)
    statement = _squash(problem.statement())
    examples = problem.examples()
    if not examples:
        out.append("no EXAMPLES")
    for case in examples:
        got = reference.answer(case.args)
        if not case.has_expected:
            out.append(f"{case.label} has no expected answer")
        elif not (
            check(case.args, case.expected, got) if check else same(case.expected, got, problem.tolerance)
        ):
            out.append(
                f"reference answers {_compact(got)[:80]} to {case.label}, which expects "
                f"{_compact(case.expected)[:80]}"
            )
        shown = [_compact(v) for v in case.args.values()] + (
            [_compact(case.expected)] if case.has_expected else []
        )
        missing = [s for s in shown if len(s) < 300 and _squash(s) not in statement]
        if missing:
            out.append(f"{case.label} is not in statement.md (looked for {missing[0][:60]})")
    hidden = problem.hidden()
    check_hidden_count(problem, hidden, out)
    for case in examples + hidden:
        if set(case.args) != set(problem.input_names):
            out.append(
                f"{case.label} has args {sorted(case.args)}, the signature {sorted(problem.input_names)}"
            )
            continue
        if case.group == "hidden" and not case.tag:
            out.append(f"{case.label} has no tag")
        why = valid(case.args) if valid else None
        if why:
            out.append(f"{case.label} breaks the constraints: {why}")
        reference.answer(case.args)
    if valid is None:
        out.append("cases.py has no valid(args)")
    if not hasattr(problem.cases, "inputs"):
        out.append("cases.py has no inputs() strategy")
    elif valid is not None:
        check_strategy(problem, valid, out)


def check_strategy(
    problem: Problem, valid: Callable[[dict[str, object]], str | None], out: list[str]
) -> None:
    bad: list[str] = []

    @seed(0)
    @settings(
        max_examples=STRATEGY_SAMPLES,
        deadline=None,
        database=None,
        verbosity=Verbosity.quiet,
        suppress_health_check=list(HealthCheck),
    )
    @given(problem.cases.inputs())
    def sample(args: dict[str, object]) -> None:
        why = valid(args)
        if why and len(bad) < 3:
            bad.append(
                f"the strategy drew an input that breaks the constraints ({why}): {_compact(args)[:120]}"
            )

    sample()
    out.extend(bad)


def verify(
    problem: Problem, backend: Backend | None, say: Callable[[str], None] = lambda _: None
) -> Findings:
    findings = Findings(problem.slug)
    out = findings.problems
    try:
        check_metadata(problem, out)
        reference = Reference(problem)
        check_cases(problem, reference, out)
    except Exception as e:  # a broken problem folder is a finding, not a crash
        out.append(f"{type(e).__name__}: {e}")
        return findings
    if backend is None:
        return findings
    endings = languages.judged_endings()
    files = sorted(p for p in (problem.path / "submissions").glob("*/*") if p.suffix in endings)
    wanted = {f.parent.name for f in files}
    for folder in sorted(wanted - VERDICT_FOLDERS):
        out.append(f"submissions/{folder} is not a verdict")
    for needed in ("accepted", "wrong_answer"):
        if needed not in wanted:
            out.append(f"no submissions/{needed}")
    for path in files:
        report = judge_solution(
            problem, path.read_bytes(), path.name, backend_for(backend, path), RunOptions(seed=0)
        )
        name = f"{path.parent.name}/{path.name}"
        got = outcome(report)
        findings.submissions.append((name, path.parent.name, got))
        say(f"{problem.slug}: {name} -> {got}")
        if got != path.parent.name:
            reason = report.failure.reason if report.failure else ""
            if report.complexity is not None and report.complexity.note:
                reason = "; ".join(filter(None, [reason, f"growth: {report.complexity.note}"]))
            out.append(f"{name} got {got}, not {path.parent.name} {reason}".rstrip())
    return findings


def check_hidden_count(problem: Problem, hidden: list[Case], out: list[str]) -> None:
    """At least MIN_HIDDEN hidden cases; fewer only where cases.py lists, as ALL_INPUTS,
    an input space smaller than that (generate parentheses' n = 1..8), and the hidden
    cases hold every one of its inputs."""
    every = getattr(problem.cases, "ALL_INPUTS", None)
    if every is None:
        if len(hidden) < MIN_HIDDEN:
            out.append(f"{len(hidden)} hidden cases; at least {MIN_HIDDEN} are needed")
        return
    if len(every) >= MIN_HIDDEN:
        out.append(f"ALL_INPUTS lists {len(every)} inputs: only a space of fewer than {MIN_HIDDEN} is listed")
        return
    held = [case.args for case in hidden]
    missing = [args for args in every if args not in held]
    if missing:
        out.append(f"ALL_INPUTS {_compact(missing[0])[:60]} is not a hidden case")
