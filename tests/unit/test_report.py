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
