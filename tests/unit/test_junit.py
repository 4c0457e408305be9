"""JUnit XML for `judge check --junit`: valid against the common schema, faithful counts."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from judge.junit import junit_xml
from judge.report import Verdict
from tests.junit_schema import breaches
from tests.unit.sample_reports import report


def test_junit_is_valid_counts_match_and_control_characters_are_escaped():
    results = [
        ("a.py", report(Verdict.ACCEPTED)),
        ("b.py", report(Verdict.WRONG_ANSWER, stdout="bell\x07 and nul\x00", reason="1 differs from 0")),
        (
            "c.py",
            report(
                Verdict.RUNTIME_ERROR,
                error={"type": "E", "message": "m", "traceback": 'File "c.py", line 7, in f'},
            ),
        ),
        ("d\udcff.py", report(Verdict.JUDGE_ERROR, reason="docker went away")),
    ]
    document = junit_xml(results, unknown=[("notes.py", "name it SLUG.py")])
    assert breaches(document) == []
    suite = ET.fromstring(document.split("\n", 1)[1]).find("testsuite")
    counts = {k: suite.get(k) for k in ("tests", "failures", "errors", "skipped")}
    assert counts == {"tests": "5", "failures": "2", "errors": "1", "skipped": "1"}
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == ["binary_search"] * 4 + ["(no problem)"]
    body = cases[1].find("failure").text
    assert "input     nums = [1]" in body and "expected  0" in body and "got       1" in body
    assert "\\u0007" in body and "\x07" not in body
    assert cases[3].find("error") is not None and cases[4].find("skipped") is not None


def test_the_schema_checker_refuses_what_the_schema_does():
    assert breaches(
        '<testsuites><testsuite name="s" tests="1" failures="0" errors="0">'
        '<testcase name="t" file="x.py"/></testsuite></testsuites>'
    ) == ["<testcase> has no attribute 'file'"]
    assert breaches('<testsuite name="s" tests="1" failures="0"><testcase/></testsuite>') == [
        "<testsuite> lacks 'errors'",
        "<testcase> lacks 'name'",
    ]
    assert breaches(
        '<testsuites time="1 s"><testsuite name="s" tests="0" failures="0" errors="0">'
        "<result/></testsuite></testsuites>"
    ) == [
        "<testsuites> time='1 s' is not a decimal",
        "<result> inside <testsuite>",
        "unknown element <result>",
    ]
