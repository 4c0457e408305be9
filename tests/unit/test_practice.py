"""Judging a practice repository: the line a failure points at, GitHub annotations."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from judge import cli as cli_module
from judge import history, registry
from judge.cli import cli, main
from judge.discovery import UNMATCHED_HINT, Found, names
from judge.practice import FOLD_AFTER, annotation, failure_line, unknown_notes, unknown_summary
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


# Problems the library is unlikely ever to hold; the tests check that it does not.
LACKING = {
    "0420-strong-password-checker.py": "LeetCode 420, Strong Password Checker",
    "0829-consecutive-numbers-sum.py": "LeetCode 829, Consecutive Numbers Sum",
    "0936-stamping-the-sequence.py": "LeetCode 936, Stamping the Sequence",
    "1001-grid-illumination.py": "LeetCode 1001, Grid Illumination",
    "1157-online-majority-element-in-subarray.py": "LeetCode 1157, Online Majority Element in Subarray",
    "1377-frog-position-after-t-seconds.py": "LeetCode 1377, Frog Position After T Seconds",
}


def test_unknown_files_are_listed_one_by_one_until_there_are_many_of_a_kind():
    few = [
        Found(Path(f"{i}.py"), None, f"LeetCode {i} is not in the library", f"LeetCode {i}") for i in (1, 2)
    ]
    odd = [Found(Path("scratch.py"), None, UNMATCHED_HINT)]
    assert unknown_notes(few + odd) == [
        f"unknown: scratch.py ({UNMATCHED_HINT})",
        "unknown: 1.py (LeetCode 1 is not in the library)",
        "unknown: 2.py (LeetCode 2 is not in the library)",
    ]
    many = [Found(Path(f"{i}.py"), None, "why", f"LeetCode {i}") for i in range(FOLD_AFTER + 1)]
    assert unknown_notes(many + odd) == [
        f"unknown: scratch.py ({UNMATCHED_HINT})",
        f"{FOLD_AFTER + 1} files are problems the library does not hold; --verbose lists them",
    ]
    assert len(unknown_notes(many + odd, verbose=True)) == FOLD_AFTER + 2
    strays = [Found(Path(f"s{i}.py"), None, UNMATCHED_HINT) for i in range(FOLD_AFTER + 1)]
    assert unknown_notes(strays) == [
        f"{FOLD_AFTER + 1} files match no problem ({UNMATCHED_HINT}); --verbose lists them"
    ]
    assert unknown_summary(many + odd) == f"{FOLD_AFTER + 1} not in the library · 1 file matched no problem"
    assert unknown_summary([]) == ""


@pytest.fixture()
def leethub(tmp_path, monkeypatch):
    """A LeetHub-named repository: binary search, six problems the library lacks, a stray file."""
    known = names(registry.all_problems())
    assert not any(name.split("-")[0].lstrip("0") in known for name in LACKING)
    (tmp_path / ".git").mkdir()
    solutions = tmp_path / "solutions"
    solutions.mkdir()
    for name in LACKING:
        (solutions / name).write_text("pass\n")
    monkeypatch.setenv(history.ENV_HOME, str(tmp_path / "home"))
    accepted = report(Verdict.ACCEPTED)
    monkeypatch.setattr(cli_module, "_judge_found", lambda todo, *a, **k: [(item, accepted) for item in todo])
    return solutions


def check(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["check", *args])
    return result.exit_code, result.output


def test_check_counts_the_problems_the_library_lacks_and_lists_them_when_verbose(leethub):
    (leethub / "0704-binary-search.py").write_text("pass\n")
    (leethub / "scratch.py").write_text("pass\n")
    code, out = check(str(leethub))
    assert code == 0, out  # files the library cannot judge fail nothing, as before
    assert "6 files are problems the library does not hold; --verbose lists them" in out
    assert f"unknown: {leethub / 'scratch.py'} ({UNMATCHED_HINT})" in out
    assert "Strong Password Checker" not in out
    assert "1/1 accepted" in out and "6 not in the library · 1 file matched no problem" in out
    code, out = check(str(leethub), "--verbose")
    assert code == 0, out
    for name, problem in LACKING.items():
        assert f"unknown: {leethub / name} ({problem}, is not in the library)" in out


def test_check_of_a_folder_of_problems_the_library_lacks_is_still_a_usage_error(leethub, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["check", str(leethub)])  # main, not the click group: it turns UsageError into status 2
    err = capsys.readouterr().err
    assert exit_info.value.code == 2, err
    assert "6 files are problems the library does not hold; --verbose lists them" in err
    assert f"no file in {leethub} is a solution to a problem in the library" in err


JS_SOURCE = """/**
 * @param {number[]} nums
 */
var search = function(nums, target) {
    return helper(nums, target);
};
"""


def test_a_javascript_failure_points_at_its_innermost_frame_else_the_function():
    forged_message = "boom\n  at search (solution.js:999:1)"
    trace = f"TypeError: {forged_message}\n  at helper (solution.js:9:5)\n  at search (solution.js:5:12)"
    raised = replace(
        report(
            Verdict.RUNTIME_ERROR, error={"type": "TypeError", "message": forged_message, "traceback": trace}
        ),
        language="javascript",
    )
    assert failure_line(raised, JS_SOURCE, "search") == 9
    wrong = replace(report(Verdict.WRONG_ANSWER), language="javascript")
    assert failure_line(wrong, JS_SOURCE, "search") == 4
