"""JUnit XML for `judge check --junit`: one testcase per solution, failures with their case."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from judge.report import Report

# XML 1.0 cannot carry these even escaped: they are shown as \\uXXXX instead.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    return _ILLEGAL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _body(report: Report) -> str:
    f = report.failure
    if f is None:
        return ""
    lines = [f"case: {f.group} {f.case}" + (f" ({f.tag})" if f.tag else "")]
    if f.input is not None:
        lines.append("input: " + json.dumps(f.input)[:2000])
        lines.append("expected: " + json.dumps(f.expected)[:2000])
        lines.append("got: " + json.dumps(f.got)[:2000])
    if f.reason:
        lines.append("why: " + f.reason)
    if f.error and f.error.get("traceback"):
        lines.append(f.error["traceback"])
    if f.stdout:
        lines.append("output:\n" + f.stdout[:4000])
    return clean("\n".join(lines))


def junit_xml(results: list[tuple[str, Report]]) -> str:
    """results: (solution path, report) pairs."""
    failures = sum(1 for _, r in results if not r.accepted and r.verdict.value != "judge_error")
    errors = sum(1 for _, r in results if r.verdict.value == "judge_error")
    wall = sum(r.timing.wall_s for _, r in results if r.timing)
    suites = ET.Element(
        "testsuites",
        name="judge",
        tests=str(len(results)),
        failures=str(failures),
        errors=str(errors),
        time=f"{wall:.3f}",
    )
    suite = ET.SubElement(
        suites,
        "testsuite",
        name="judge check",
        tests=str(len(results)),
        failures=str(failures),
        errors=str(errors),
        skipped="0",
        time=f"{wall:.3f}",
    )
    for path, report in results:
        case = ET.SubElement(
            suite,
            "testcase",
            name=report.problem,
            classname=clean(path),
            file=clean(path),
            time=f"{report.timing.wall_s if report.timing else 0:.3f}",
        )
        if report.accepted:
            continue
        tag = "error" if report.verdict.value == "judge_error" else "failure"
        message = f"{report.verdict.label} ({report.verdict.code})"
        if report.failure and report.failure.reason:
            message += ": " + report.failure.reason[:300]
        element = ET.SubElement(case, tag, message=clean(message), type=report.verdict.value)
        element.text = _body(report)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def write_junit(path: Path, results: list[tuple[str, Report]]) -> None:
    path.write_text(junit_xml(results), "utf-8")
