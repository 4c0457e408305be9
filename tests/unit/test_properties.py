"""Property-based judging through the protocol in a plain process (no sandbox claims)."""

from __future__ import annotations

import pytest

from judge import registry
from judge.engine import RunOptions, judge_solution
from judge.sandbox.process import ProcessBackend

BUGGY = {
    "negative values": "x < 0",
    "index zero": "i == 0",
    "last element": "i == len(nums) - 1",
    "long inputs": "len(nums) > 1000",
}


def solution(condition: str) -> bytes:
    return f"""
import bisect
def search(nums, target):
    i = bisect.bisect_left(nums, target)
    if i < len(nums) and nums[i] == target:
        x = target
        return -1 if ({condition}) else i
    return -1
""".encode()


def judge(source: bytes, seed: int = 7, examples: int = 150):
    problem = registry.get("binary_search")
    return judge_solution(
        problem,
        source,
        "s.py",
        ProcessBackend(),
        RunOptions(seed=seed, property_examples=examples, growth=False),
    )


@pytest.fixture(autouse=True)
def no_hidden_cases(monkeypatch):
    """Only generated inputs: the point is what the property phase finds on its own."""
    from judge.problem import Problem

    monkeypatch.setattr(Problem, "hidden", lambda self: [])
    monkeypatch.setattr(Problem, "examples", lambda self: [])


@pytest.mark.parametrize("bug", list(BUGGY))
def test_bugs_hand_picked_cases_miss_are_found_and_shrunk(bug):
    report = judge(solution(BUGGY[bug]))
    assert report.verdict.value == "wrong_answer", bug
    failure = report.failure
    assert failure.group == "property"
    if bug != "long inputs":
        assert len(failure.input["nums"]) <= 2, failure.input
    else:
        assert len(failure.input["nums"]) == 1001, len(failure.input["nums"])


def test_a_failure_on_a_long_input_is_shrunk_to_a_short_one():
    report = judge(solution("x < 0 and len(nums) > 3"), seed=3)
    assert report.verdict.value == "wrong_answer"
    assert len(report.failure.input["nums"]) == 4, report.failure.input
    assert report.failure.shrunk


def test_the_same_seed_gives_the_same_report():
    first = judge(solution(BUGGY["negative values"]), seed=11)
    second = judge(solution(BUGGY["negative values"]), seed=11)
    assert first.failure.input == second.failure.input
    assert first.groups == second.groups
    assert first.seed == second.seed == 11


def test_accepted_solution_passes_every_generated_input():
    report = judge(solution("False"), examples=60)
    assert report.verdict.value == "accepted"
    assert report.groups[-1].name == "property" and report.groups[-1].passed == 60


def _fake_call(args):
    """A host-side stand-in for a sandbox: wrong wherever a negative target is found."""
    from judge.judging import PASS, Judgement
    from judge.report import Verdict
    from judge.sandbox.base import CallResult, Outcome

    nums, target = args["nums"], args["target"]
    wrong = target < 0 and target in nums
    judgement = Judgement(Verdict.WRONG_ANSWER, "wrong") if wrong else PASS
    return CallResult(Outcome.OK, value=-1, inside_ns=1), 0, judgement


def test_drawing_first_then_batching_finds_and_shrinks_what_calling_one_by_one_does():
    from judge import properties

    strategy = registry.get("binary_search").cases.inputs()
    batches = []

    def call_many(many):
        batches.append(len(many))
        return [_fake_call(args) for args in many]

    one_by_one = properties.explore("binary_search", strategy, _fake_call, 100, seed=5)
    batched = properties.explore("binary_search", strategy, _fake_call, 100, seed=5, call_many=call_many)
    assert batches == [100]  # drawn at once, sent at once
    assert one_by_one.verdict is batched.verdict is not None
    assert (batched.tried, batched.passed) == (one_by_one.tried, one_by_one.passed)
    assert batched.args == one_by_one.args and batched.shrunk == one_by_one.shrunk
    assert batched.args["target"] < 0 and len(batched.args["nums"]) == 1
