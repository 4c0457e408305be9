"""JUnit XML for `judge check --junit`: one testcase per solution, failures with their case."""

from __future__ import annotations

import datetime as dt
import re
import socket
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

from judge.render import failure_lines, verdict_line
from judge.report import Report, Verdict

# XML 1.0 cannot carry these even escaped (nor UTF-8 a lone surrogate): shown as \\uXXXX.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    return _ILLEGAL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _body(report: Report) -> str:
    return clean("\n".join(failure_lines(report.failure, report.verdict))) if report.failure else ""


def junit_xml(
    results: list[tuple[str, Report]], unknown: Sequence[tuple[str, str]] = (), require_optimal: bool = False
) -> str:
    """results: (solution path, report) pairs; unknown: (path, why) of the files no problem
    matched, shown as skipped; require_optimal: an accepted solution slower than the
    follow-up fails.

    Valid against the common JUnit schema (Jenkins' junit-10.xsd, which Jenkins, GitLab
    and the GitHub report actions read): a testcase carries name, classname and time.
    """
    failures = sum(
        1 for _, r in results if not r.passes(require_optimal) and r.verdict is not Verdict.JUDGE_ERROR
    )
    errors = sum(1 for _, r in results if r.verdict is Verdict.JUDGE_ERROR)
    wall = sum(r.timing.wall_s for _, r in results if r.timing)
    counts = {
        "tests": str(len(results) + len(unknown)),
        "failures": str(failures),
        "errors": str(errors),
    }
    suites = ET.Element("testsuites", {"name": "judge", "time": f"{wall:.3f}", **counts})
    suite = ET.SubElement(
        suites,
        "testsuite",
        {
            "name": "judge check",
            **counts,
            "skipped": str(len(unknown)),
            "time": f"{wall:.3f}",
            "timestamp": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "hostname": clean(socket.gethostname()),
        },
    )
    for path, report in results:
        wall_s = report.timing.wall_s if report.timing else 0
        case = ET.SubElement(
            suite, "testcase", name=report.problem, classname=clean(path), time=f"{wall_s:.3f}"
        )
        if report.passes(require_optimal):
            continue
        tag = "error" if report.verdict is Verdict.JUDGE_ERROR else "failure"
        message = verdict_line(report)
        if report.failure and report.failure.reason:
            message += ": " + report.failure.reason[:300]
        element = ET.SubElement(case, tag, message=clean(message), type=report.verdict.value)
        element.text = _body(report)
    for path, why in unknown:
        case = ET.SubElement(suite, "testcase", name="(no problem)", classname=clean(path), time="0.000")
        ET.SubElement(
            case,
            "skipped",
            message=clean(f"no problem matches this file: {why}"),
        )
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def write_junit(
    path: Path,
    results: list[tuple[str, Report]],
    unknown: Sequence[tuple[str, str]] = (),
    require_optimal: bool = False,
) -> None:
    path.write_text(junit_xml(results, unknown, require_optimal), "utf-8")
