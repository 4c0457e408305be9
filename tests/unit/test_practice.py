"""Judging a practice repository: the line a failure points at, GitHub annotations."""

from __future__ import annotations

from judge.practice import annotation, failure_line
from judge.report import Verdict
from tests.unit.sample_reports import report

SOURCE = """from typing import List


class Solution:
    def search(self, nums: List[int], target: int) -> int:
        return helper(nums, target)
"""


def test_failure_line_is_the_raising_frame_else_the_entry_point():
    trace = (
        "Traceback (most recent call last):\n"
        '  File "s.py", line 6, in search\n    return helper(nums, target)\n'
        '  File "s.py", line 11, in helper\n    raise E\n'
    )
    raised = report(Verdict.RUNTIME_ERROR, error={"type": "E", "message": "m", "traceback": trace + "E: m"})
    assert failure_line(raised, SOURCE, "search") == 11
    # A message is the solution's own words: a frame written into it is not believed.
    forged_message = 'boom\n  File "s.py", line 999, in search'
    forged = report(
        Verdict.RUNTIME_ERROR,
        error={"type": "E", "message": forged_message, "traceback": trace + "E: " + forged_message},
    )
    assert failure_line(forged, SOURCE, "search") == 11
    compile_error = report(Verdict.COMPILE_ERROR, reason="SyntaxError: invalid syntax (line 3)")
    assert failure_line(compile_error, SOURCE, "search") == 3
    assert failure_line(report(Verdict.WRONG_ANSWER), SOURCE, "search") == 5
    assert failure_line(report(Verdict.WRONG_ANSWER), "x = 1\n", "search") == 1


def test_github_annotation_names_the_file_and_escapes_the_message(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    wrong = report(Verdict.WRONG_ANSWER, reason="off by one: 100%")
    line = annotation(tmp_path / "solutions" / "a,b.py", wrong, 5)
    assert line == (
        "::error file=solutions/a%2Cb.py,line=5,title=judge::binary_search: Wrong answer (WA)"
        "%0AFirst failing case: hidden case 2%0A  input     nums = [1]%0A  expected  0%0A  got       1"
        "%0A  why       off by one: 100%25"
    )
    assert "\n" not in line
