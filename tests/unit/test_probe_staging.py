"""The growth probe's measurement of one input (engine.Run.measure): how often it stages
the input's copies in the sandbox."""

from __future__ import annotations

import time
from types import SimpleNamespace

from judge.engine import PROBE_REPEATS_FAST, STAGED_BYTES_MAX, Run, stage_side_by_side
from judge.sandbox.base import CallResult, Outcome


class Session:
    def __init__(self, inside_ns: int) -> None:
        self.inside_ns = inside_ns
        self.log: list[tuple[str, int]] = []

    def stage(self, args, copies: int) -> None:
        self.log.append(("stage", copies))

    def call(self, args, limit_s: float, together: int = 1) -> CallResult:
        self.log.append(("call", together))
        inside = self.inside_ns
        return CallResult(Outcome.OK, inside_ns=inside, inside_cpu_ns=inside, repeats=together)


def measure(session: Session, args, native_speed: bool) -> list[CallResult]:
    run = SimpleNamespace(problem=SimpleNamespace(time_limit_s=1.0, sandbox_limit_s=1.0))
    results, ok = Run.measure(run, session, args, native_speed)  # type: ignore[arg-type]
    assert ok
    return results


def test_a_fast_native_call_on_a_small_input_is_timed_many_together_after_one_more_stage():
    session = Session(inside_ns=1_000)
    results = measure(session, {"nums": [1, 2, 3]}, native_speed=True)
    stages = [copies for op, copies in session.log if op == "stage"]
    assert len(stages) == 2 and stages[1] > stages[0]
    assert all(r.repeats > 1 for r in results[1:])
    assert len(results) == PROBE_REPEATS_FAST


def test_an_input_too_large_to_copy_many_times_is_staged_once_not_before_every_call():
    big = {"nums": list(range(STAGED_BYTES_MAX // 4))}  # one copy is about all the staging may weigh
    session = Session(inside_ns=1_000)
    results = measure(session, big, native_speed=True)
    assert [op for op, _ in session.log].count("stage") == 1
    assert all(r.repeats == 1 for r in results)


def test_python_never_asks_for_calls_together():
    session = Session(inside_ns=1_000)
    measure(session, {"nums": [1, 2, 3]}, native_speed=False)
    assert [op for op, _ in session.log].count("stage") == 1
    assert all(together == 1 for op, together in session.log if op == "call")


class SlowToStage(Session):
    def stage(self, args, copies: int) -> None:
        time.sleep(0.3)  # a sandbox building its copies of a large input
        super().stage(args, copies)


def test_the_reference_and_the_solution_build_their_copies_at_the_same_time():
    reference, solution = SlowToStage(1_000), SlowToStage(1_000)
    began = time.monotonic()
    stage_side_by_side(reference, solution, {"nums": [1]}, 3)
    assert time.monotonic() - began < 0.55
    assert reference.log == solution.log == [("stage", 3)]
