"""Reports and problem listings as text for a terminal (the only module using tabulate,
which it imports where a table needs it: a run's report has only a small one, and
tabulate's import is a tenth of a `judge run`)."""

from __future__ import annotations

import json
from typing import Any

from judge.complexity import sparkline
from judge.harness.codec import is_marker
from judge.problem import Problem
from judge.report import Complexity, Failure, Group, Report, Verdict

VALUE_LIMIT = 400
OUTPUT_LIMIT = 1500


def value(v: Any, limit: int = VALUE_LIMIT) -> str:
    """A value as LeetCode writes it: compact JSON, `null`, cut when long."""
    if is_marker(v):
        return f"<{v.get('detail', 'a value the judge cannot accept')}>"
    text = json.dumps(v, separators=(",", ":"), ensure_ascii=False)
    if len(text) <= limit:
        return text
    if isinstance(v, str):  # its own length, not its JSON's (quotes, escapes)
        return f"{text[:limit]}… (a string of {len(v):,} characters)"
    size = f", {len(v):,} elements" if isinstance(v, list | dict) else ""
    return f"{text[:limit]}… ({len(text):,} characters{size})"


def arguments(args: dict[str, Any] | None) -> str:
    if args is None:
        return ""
    return ", ".join(f"{k} = {value(v, VALUE_LIMIT // max(len(args), 1))}" for k, v in args.items())


def duration(ns: int | None) -> str:
    if ns is None:
        return "—"
    if ns < 1_000:
        return f"{ns} ns"
    if ns < 1_000_000:
        return f"{ns / 1_000:.1f} µs"
    if ns < 1_000_000_000:
        return f"{ns / 1_000_000:.1f} ms"
    return f"{ns / 1e9:.2f} s"


def _indent(text: str, prefix: str = "    ") -> str:
    return "\n".join(prefix + line for line in text.rstrip().splitlines())


def _cut(text: str, limit: int = OUTPUT_LIMIT) -> str:
    return text if len(text) <= limit else text[:limit] + f"\n… ({len(text) - limit:,} more characters)"


def failure_lines(f: Failure, verdict: Verdict) -> list[str]:
    where = "while loading" if f.group == "load" else f"{f.group} case {f.case}"
    if f.shrunk:
        where += " (shrunk to the smallest input that still fails)"
    if f.tag:
        where += f" — {f.tag}"
    lines = [f"First failing case: {where}"]
    if f.input is not None:
        lines.append(f"  input     {arguments(f.input)}")
    if verdict is Verdict.WRONG_ANSWER:
        lines.append(f"  expected  {value(f.expected)}")
        lines.append(f"  got       {value(f.got)}")
    if f.reason:
        lines.append(f"  why       {f.reason}")
    if f.error and f.error.get("traceback"):
        lines.append("  traceback")
        lines.append(_indent(_cut(f.error["traceback"])))
    if f.stdout:
        lines.append("  output")
        lines.append(_indent(_cut(f.stdout)))
    return lines


def _not_all_run(g: Group) -> str:
    if g.run >= g.total:
        return ""
    return "  (not run: the run stopped)" if g.run == 0 else f"  ({g.run} run, then the run stopped)"


def report_text(report: Report) -> str:
    v = report.verdict
    lines = [f"{report.problem} · {report.solution}", verdict_line(report), ""]
    if report.groups:
        rows = [[g.name, f"{g.passed}/{g.total}" + _not_all_run(g)] for g in report.groups]
        lines.append(text_table(rows, ["tests", "passed"]))
        lines.append("")
    if report.failure is not None:
        lines.extend(failure_lines(report.failure, v))
        lines.append("")
    c = report.complexity
    if c is not None and c.expected:
        lines.append(growth_line(c))
        if c.sizes and c.solution_ns:
            lines.append(f"  n          {_compact(c.sizes[0])} … {_compact(c.sizes[len(c.solution_ns) - 1])}")
            lines.append(
                f"  yours      {sparkline(list(c.solution_ns))}  {duration(c.solution_ns[0])} → "
                f"{duration(c.solution_ns[-1])}"
            )
            if c.reference_ns:
                lines.append(
                    f"  reference  {sparkline(list(c.reference_ns))}  {duration(c.reference_ns[0])} → "
                    f"{duration(c.reference_ns[-1])}"
                )
    t = report.timing
    if t is not None and t.calls == 0:
        lines.append(f"Wall time: {t.wall_s:.2f} s")
    elif t is not None:
        ref = ""
        if t.reference_median_ns and t.sample_median_ns:
            ref = f"; {t.sample_median_ns / t.reference_median_ns:.1f}x the reference on generated inputs"
        lines.append(
            f"Timing: {t.calls} call{'s' if t.calls != 1 else ''}, median {duration(t.median_ns)}, "
            f"slowest {duration(t.max_ns)}"
            f" (in the sandbox{ref}); wall {t.wall_s:.2f} s"
        )
        if t.peak_memory_kb:
            # a call killed for its memory or time reported none: the peak is the others'
            killed = report.verdict in (Verdict.MEMORY_LIMIT_EXCEEDED, Verdict.TIME_LIMIT_EXCEEDED)
            of = " of the calls that returned" if killed else ""
            lines.append(f"Memory: {memory(t.peak_memory_kb)} at the peak{of}")
    if report.seed is not None:
        lines.append(f"Seed: {report.seed} (repeat with --seed {report.seed})")
    lines.extend(report.notes)
    return "\n".join(lines).rstrip() + "\n"


def verdict_line(report: Report) -> str:
    """ "Accepted (AC)", and for an accepted solution slower than the follow-up, what it asks."""
    v = report.verdict
    line = f"{v.label} ({v.code})"
    c = report.complexity
    if report.not_optimal and c is not None:
        grows = f"growth {c.measured}; " if c.measured else ""
        # no follow-up beyond the bar: accepted for its time at the constraints' largest
        asks = "the follow-up asks" if c.follow_up != c.expected else "the problem expects"
        line += f" — {grows}{asks} {c.follow_up}"
    return line


def growth_line(c: Complexity) -> str:
    """The growth check in one line: the bar, what was measured, and why when it is not plain."""
    state = {True: "ok", False: "too slow", None: "inconclusive"}[c.ok]
    if c.ok is True and c.optimal is True and c.follow_up and c.follow_up != c.expected:
        state = f"ok, {c.follow_up} as the follow-up asks"
    if c.measured is None and c.ok is False:  # no class to name: the note says what grew
        head = f"Growth: expected {c.expected} ({state})"
    else:
        head = f"Growth: expected {c.expected}, measured {c.measured or '—'} ({state})"
    note = c.note.removeprefix("inconclusive: ") if c.ok is None else c.note  # said once is enough
    return head + (f" — {note}" if note else "")


def memory(kb: int) -> str:
    return f"{kb / 1024:.1f} MB"


def _compact(n: int) -> str:
    return f"{n // 1000}k" if n >= 10_000 else f"{n:,}"


def text_table(rows: list[list[str]], headers: list[str]) -> str:
    """A table of text cells, laid out as tabulate's "simple" format lays them out."""
    # tabulate gives a header two characters more than its own length at the least
    widths = [max(len(header) + 2, *(len(str(row[i])) for row in rows)) for i, header in enumerate(headers)]

    def line(cells: list[str]) -> str:
        return "  ".join(str(cell).ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip()

    return "\n".join([line(headers), "  ".join("-" * w for w in widths), *(line(row) for row in rows)])


def tabulate(rows: list[list[Any]], headers: list[str], tablefmt: str) -> str:
    from tabulate import tabulate as lay_out

    return str(lay_out(rows, headers=headers, tablefmt=tablefmt))


def problems_table(problems: list[Problem]) -> str:
    rows = [[p.slug, p.title, p.difficulty, ", ".join(p.tags), p.leetcode or ""] for p in problems]
    table = tabulate(rows, headers=["slug", "title", "difficulty", "tags", "leetcode"], tablefmt="simple")
    return f"{table}\n\n{len(problems)} problem{'s' if len(problems) != 1 else ''}\n"


def rows_table(rows: list[list[Any]], headers: list[str]) -> str:
    return tabulate(rows, headers=headers, tablefmt="simple") + "\n"


def markdown_summary(rows: list[list[Any]], headers: list[str], summary: str, unmatched: list[str]) -> str:
    """`judge check` for a GitHub job's summary page: the table, the count, unmatched files."""
    table = tabulate(rows, headers=headers, tablefmt="github") if rows else ""
    listed = "".join(f"- {line}\n" for line in unmatched)
    unmatched_part = f"\nMatched no problem:\n\n{listed}" if listed else ""
    return f"## judge check\n\n{table}\n\n**{summary}**\n{unmatched_part}\n"
