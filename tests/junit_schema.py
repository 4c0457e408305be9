"""The rules of the common JUnit XML schema (Jenkins' junit-10.xsd, read by Jenkins,
GitLab and the GitHub report actions), written out as a checker.

Returns every breach; an empty list means the document is valid. Elements and
attributes not named by the schema are breaches, as are missing required attributes,
text where the schema allows none and a `time` that is not a plain decimal.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

TIME = re.compile(r"(([0-9]{0,3},)*[0-9]{3}|[0-9]{0,3})*(\.[0-9]*)?")
RESULT = {"attributes": {"type", "message"}, "required": set(), "children": set(), "text": True}
RERUN = {
    "attributes": {"type", "message"},
    "required": {"type"},
    "children": {"stackTrace", "system-out", "system-err"},
    "text": True,
}
TEXT = {"attributes": set(), "required": set(), "children": set(), "text": True}
ELEMENTS = {
    "testsuites": {
        "attributes": {"name", "time", "tests", "failures", "errors"},
        "required": set(),
        "children": {"testsuite"},
        "text": False,
    },
    "testsuite": {
        "attributes": {
            "name",
            "tests",
            "failures",
            "errors",
            "group",
            "time",
            "skipped",
            "timestamp",
            "hostname",
            "id",
            "package",
            "file",
            "log",
            "url",
        },
        "required": {"name", "tests", "failures", "errors"},
        "children": {"testsuite", "properties", "testcase", "system-out", "system-err"},
        "text": False,
    },
    "testcase": {
        "attributes": {"name", "time", "classname", "group"},
        "required": {"name"},
        "children": {
            "skipped",
            "error",
            "failure",
            "rerunFailure",
            "rerunError",
            "flakyFailure",
            "flakyError",
            "system-out",
            "system-err",
        },
        "text": False,
    },
    "properties": {"attributes": set(), "required": set(), "children": {"property"}, "text": False},
    "property": {
        "attributes": {"name", "value"},
        "required": {"name", "value"},
        "children": set(),
        "text": False,
    },
    "failure": RESULT,
    "error": RESULT,
    "skipped": RESULT,
    "rerunFailure": RERUN,
    "rerunError": RERUN,
    "flakyFailure": RERUN,
    "flakyError": RERUN,
    "system-out": TEXT,
    "system-err": TEXT,
    "stackTrace": TEXT,
}
TIMED = {"testsuites", "testsuite"}  # where `time` has the decimal pattern


def breaches(document: str) -> list[str]:
    root = ET.fromstring(document.encode("utf-8"))
    if root.tag not in ("testsuites", "testsuite"):
        return [f"root element <{root.tag}>"]
    found: list[str] = []
    _check(root, found)
    return found


def _check(element: ET.Element, found: list[str]) -> None:
    rule = ELEMENTS.get(element.tag)
    if rule is None:
        found.append(f"unknown element <{element.tag}>")
        return
    for name in set(element.attrib) - rule["attributes"]:
        found.append(f"<{element.tag}> has no attribute {name!r}")
    for name in rule["required"] - set(element.attrib):
        found.append(f"<{element.tag}> lacks {name!r}")
    if element.tag in TIMED and "time" in element.attrib and not TIME.fullmatch(element.attrib["time"]):
        found.append(f"<{element.tag}> time={element.attrib['time']!r} is not a decimal")
    if not rule["text"] and (element.text or "").strip():
        found.append(f"<{element.tag}> carries text")
    for child in element:
        if child.tag not in rule["children"]:
            found.append(f"<{child.tag}> inside <{element.tag}>")
        _check(child, found)
