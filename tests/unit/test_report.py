from __future__ import annotations

from judge.report import Failure, Group, Report, Timing, Verdict

LOCKED_TOP = {"schema_version", "problem", "solution", "verdict", "groups", "failure", "timing", "complexity"}
LOCKED_FAILURE = {"group", "case", "input", "expected", "got", "stdout", "error"}
LOCKED_TIMING = {"calls", "median_ns", "max_ns", "wall_s"}


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
    from judge.render import report_text

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
