"""The batch op: independent calls in one frame, each answered and timed on its own
(through a plain process: no sandbox property is claimed here)."""

from __future__ import annotations

import dataclasses

import pytest

from judge import registry
from judge.engine import RunOptions, judge_solution
from judge.sandbox.base import Limits, Outcome, Program
from judge.sandbox.process import ProcessBackend
from judge.sandbox.session import Session

SPEC = {"kind": "function", "function": "f", "params": [{"name": "x", "type": ""}], "returns": ""}

SOURCE = """\
import time
def f(x):
    print("saw", x)
    if x == "raise":
        raise ValueError("no")
    if x == "sleep":
        time.sleep(5)
    if x == "spin":
        s = 0
        for i in range(3_000_000):
            s += i
        return s
    return x * 2
"""


@pytest.fixture()
def sandbox():
    box = ProcessBackend().start(Limits())
    assert box.load(Program(SOURCE, "sol.py", SPEC), 5).ok
    yield box
    box.close()


def test_each_call_gets_its_own_answer_output_and_time(sandbox):
    results = sandbox.call_many([{"x": 1}, {"x": "spin"}, {"x": 3}], 2)
    assert [r.outcome for r in results] == [Outcome.OK] * 3
    assert [r.value for r in results] == [2, sum(range(3_000_000)), 6]
    assert [r.stdout for r in results] == ["saw 1\n", "saw spin\n", "saw 3\n"]
    fast, slow, after = (r.inside_ns for r in results)
    assert slow > 20 * max(fast, after)  # each call is timed alone, not the batch
    assert all(r.wall_ns > 0 for r in results)  # from the previous answer: calls overlap transfers


def test_an_exception_is_that_call_s_answer_and_the_batch_goes_on(sandbox):
    results = sandbox.call_many([{"x": 1}, {"x": "raise"}, {"x": 2}], 2)
    assert [r.outcome for r in results] == [Outcome.OK, Outcome.ERROR, Outcome.OK]
    assert results[1].error.type == "ValueError"
    assert sandbox.call({"x": 5}, 1).value == 10  # ids stay in step after a batch


def test_a_call_past_its_limit_ends_the_batch_with_a_timeout(sandbox):
    results = sandbox.call_many([{"x": 1}, {"x": "sleep"}, {"x": 2}], 0.3)
    assert [r.outcome for r in results] == [Outcome.OK, Outcome.TIMEOUT]
    assert not results[-1].alive
    assert sandbox.call_many([{"x": 1}], 1)[0].outcome is Outcome.CRASH  # closed for good


def test_a_session_answers_a_batch_in_a_fresh_sandbox_after_a_death():
    session = Session(lambda: ProcessBackend().start(Limits()), Program(SOURCE, "sol.py", SPEC))
    with session:
        assert session.load().ok
        assert session.call_many([{"x": "sleep"}], 0.3)[0].outcome is Outcome.TIMEOUT
        assert [r.value for r in session.call_many([{"x": 4}, {"x": 5}], 1)] == [8, 10]


class Counting(ProcessBackend):
    """A backend whose sandboxes count the frames of calls the run sends."""

    def __init__(self) -> None:
        self.single = self.batched = 0

    def start(self, limits):
        box = super().start(limits)
        call, call_many = box.call, box.call_many

        def one(args, limit):
            self.single += args is not None
            return call(args, limit)

        def many(calls, limit):
            self.batched += 1
            return call_many(calls, limit)

        box.call, box.call_many = one, many
        return box


def test_a_run_sends_its_cases_and_generated_inputs_in_batches():
    backend = Counting()
    problem = registry.get("binary_search")
    source = (problem.path / "submissions" / "accepted" / "class_iterative.py").read_bytes()
    report = judge_solution(
        problem, source, "s.py", backend, RunOptions(seed=1, property_examples=100, growth=False)
    )
    assert report.verdict.value == "accepted"
    assert backend.single == 0
    # examples, hidden cases, two batches of generated inputs, the reference's sample
    assert backend.batched <= 5


def test_a_time_limit_in_the_examples_ends_the_run_there():
    problem = registry.get("binary_search")
    source = b"class Solution:\n    def search(self, nums, target):\n        while True:\n            pass\n"
    report = judge_solution(
        problem, source, "s.py", ProcessBackend(), RunOptions(seed=1, property_examples=10, growth=False)
    )
    assert report.verdict.value == "time_limit_exceeded"
    # the hidden cases are not started: each would cost one more time limit
    assert [g.name for g in report.groups] == ["examples"]


def test_the_time_to_write_an_answer_is_the_sandbox_s_not_the_call_s():
    """answer_time_s: a call over its limit is too slow though its sandbox, given time for a
    large answer, was not killed; the time limit the report names is the call's."""
    problem = dataclasses.replace(registry.get("binary_search"), time_limit_s=0.1, answer_time_s=2.0)
    assert problem.sandbox_limit_s == pytest.approx(2.1)
    source = (
        b"class Solution:\n    def search(self, nums, target):\n"
        b"        s = 0\n        for i in range(6_000_000):\n            s += i\n"
        b"        return nums.index(target) if target in nums else -1\n"
    )
    report = judge_solution(
        problem, source, "s.py", ProcessBackend(), RunOptions(seed=1, property_examples=10, growth=False)
    )
    assert report.verdict.value == "time_limit_exceeded"
    assert report.failure is not None and "over the limit of 0.1 s" in report.failure.reason


def test_a_problem_reads_its_answer_time():
    problem = registry.get("palindrome_partitioning")
    assert (
        problem.answer_time_s > 0 and problem.sandbox_limit_s == problem.time_limit_s + problem.answer_time_s
    )
    assert registry.get("binary_search").answer_time_s == 0
