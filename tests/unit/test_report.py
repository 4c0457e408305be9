from __future__ import annotations

import dataclasses
import json

from judge.render import report_text
from judge.report import Complexity, Failure, Group, Report, Timing, Verdict

LOCKED_TOP = {"schema_version", "problem", "solution", "verdict", "groups", "failure", "timing", "complexity"}
LOCKED_FAILURE = {"group", "case", "input", "expected", "got", "stdout", "error"}
LOCKED_TIMING = {"calls", "median_ns", "max_ns", "wall_s", "peak_memory_kb"}
LOCKED_COMPLEXITY = {"expected", "measured", "ok", "note", "optimal", "follow_up"}


def sample() -> Report:
    failure = Failure(group="hidden", case="3", input={"nums": [1], "target": 2}, expected=-1, got=0)
    return Report(
        problem="binary_search",
        solution="s.py",
        verdict=Verdict.WRONG_ANSWER,
        groups=(Group("examples", 3, 3), Group("hidden", 2, 3)),
        failure=failure,
        timing=Timing(calls=6, median_ns=100, max_ns=200, wall_s=0.5),
    )


def test_schema_v1_keys_are_only_ever_added():
    data = sample().to_json()
    assert data["schema_version"] == 1
    assert LOCKED_TOP <= data.keys()
    assert LOCKED_FAILURE <= data["failure"].keys()
    assert LOCKED_TIMING <= data["timing"].keys()
    assert data["groups"][1] == {"name": "hidden", "passed": 2, "total": 3}
    assert data["verdict"] == "wrong_answer"


def test_verdict_codes():
    assert [v.code for v in Verdict] == ["AC", "WA", "TLE", "MLE", "RE", "CE", "SLOW", "—"]


def test_a_run_that_made_no_call_shows_its_wall_time_not_empty_call_timing():
    failure = Failure(
        group="load", case="load", input=None, expected=None, got=None, reason="SyntaxError (line 2)"
    )
    loaded_only = Report(
        problem="binary_search",
        solution="s.py",
        verdict=Verdict.COMPILE_ERROR,
        failure=failure,
        timing=Timing(calls=0, median_ns=None, max_ns=None, wall_s=0.33),
    )
    text = report_text(loaded_only)
    assert "Wall time: 0.33 s" in text and "Timing:" not in text
    called = Report(
        problem="binary_search",
        solution="s.py",
        verdict=Verdict.ACCEPTED,
        timing=Timing(calls=2, median_ns=10, max_ns=20, wall_s=0.5),
    )
    assert "Timing: 2 calls" in report_text(called) and "Wall time" not in report_text(called)


def accepted_with(growth: Complexity) -> Report:
    return Report(
        problem="longest_increasing_subsequence",
        solution="s.py",
        verdict=Verdict.ACCEPTED,
        timing=Timing(calls=2, median_ns=10, max_ns=20, wall_s=0.5, peak_memory_kb=20_480),
        complexity=growth,
    )


def test_accepted_but_slower_than_the_follow_up_says_so_plainly():
    report = accepted_with(Complexity("O(n^2)", "O(n^2)", True, optimal=False, follow_up="O(n log n)"))
    assert report.not_optimal
    text = report_text(report)
    assert text.splitlines()[1] == "Accepted (AC) — growth O(n^2); the follow-up asks O(n log n)"
    data = report.to_json()
    assert LOCKED_COMPLEXITY <= data["complexity"].keys()
    assert data["complexity"]["optimal"] is False and data["complexity"]["follow_up"] == "O(n log n)"


def test_worse_than_a_bar_without_follow_up_names_the_bar_not_a_follow_up():
    # accepted for its time at the constraints' largest (growth.AtLargest)
    report = accepted_with(Complexity("O(n)", "O(n^2)", True, optimal=False, follow_up="O(n)"))
    assert report_text(report).splitlines()[1] == "Accepted (AC) — growth O(n^2); the problem expects O(n)"


def test_optimal_or_unmeasured_is_not_flagged():
    optimal = accepted_with(Complexity("O(n^2)", "O(n log n)", True, optimal=True, follow_up="O(n log n)"))
    assert not optimal.not_optimal
    assert report_text(optimal).splitlines()[1] == "Accepted (AC)"
    assert "(ok, O(n log n) as the follow-up asks)" in report_text(optimal)
    unknown = accepted_with(Complexity("O(n)", None, None, optimal=None, follow_up="O(n)"))
    assert not unknown.not_optimal


def test_the_peak_memory_is_shown_next_to_the_timing():
    text = report_text(accepted_with(Complexity("O(n)", "O(n)", True, optimal=True, follow_up="O(n)")))
    assert "Memory: 20.0 MB at the peak\n" in text
    killed = dataclasses.replace(
        accepted_with(Complexity("O(n)", "O(n)", True, optimal=True, follow_up="O(n)")),
        verdict=Verdict.MEMORY_LIMIT_EXCEEDED,
    )
    assert "Memory: 20.0 MB at the peak of the calls that returned" in report_text(killed)


def test_a_too_slow_growth_without_a_class_says_what_grew():
    note = "time relative to the reference grew 9x from n = 256 to n = 16,384"
    report = Report(
        problem="word_break",
        solution="s.py",
        verdict=Verdict.TOO_SLOW,
        complexity=Complexity("O(n)", None, False, note, optimal=False, follow_up="O(n)"),
    )
    line = next(x for x in report_text(report).splitlines() if x.startswith("Growth"))
    assert line == f"Growth: expected O(n) (too slow) — {note}"


def test_not_optimal_without_a_class_worse_than_the_follow_up_names_none():
    report = accepted_with(Complexity("O(n^2)", None, True, optimal=False, follow_up="O(n log n)"))
    assert report_text(report).splitlines()[1] == "Accepted (AC) — the follow-up asks O(n log n)"


def test_a_long_value_is_cut_and_its_size_said_in_its_own_terms():
    from judge.render import value

    assert value("ab" * 300).endswith("… (a string of 600 characters)")
    cut = value(list(range(500)))
    assert cut.endswith(
        f"… ({len(json.dumps(list(range(500)), separators=(',', ':'))):,} characters, 500 elements)"
    )


def test_an_inconclusive_growth_says_so_once():
    from judge.render import growth_line

    line = growth_line(Complexity("O(n^2)", "O(n^2)", None, "inconclusive: the time grows a little faster"))
    assert line.count("inconclusive") == 1 and line.endswith("— the time grows a little faster")


def test_one_call_is_one_call():
    report = dataclasses.replace(
        accepted_with(Complexity("O(n)", "O(n)", True, optimal=True, follow_up="O(n)")),
        timing=Timing(calls=1, median_ns=1_000, max_ns=1_000, wall_s=0.5),
    )
    assert "Timing: 1 call, median" in report_text(report)
