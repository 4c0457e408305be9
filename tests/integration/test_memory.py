"""Memory in the sandbox: what one call leaves in reference cycles is not charged to the
next (a recursive @cache closure holds its whole table in a cycle), and the peak is reported."""

from __future__ import annotations

from judge.sandbox.base import Limits, Outcome, Program

# Each call builds a cycle holding 120 MB: a closure that refers to itself through its
# cache, as `@cache def dp(...)` inside a method does. Few container objects are made, so
# Python's own collector would not run between calls; four calls hold 480 MB uncollected.
CYCLE_PER_CALL = """
from functools import cache

def build(k):
    block = bytearray(120 * 1024 * 1024)

    @cache
    def dp(i):
        return 0 if i == 0 else dp(i - 1) + block[i]

    return dp(k)
"""
SPEC = {"kind": "function", "function": "build", "params": [{"name": "k"}], "returns": ""}


def test_cycles_left_by_earlier_calls_do_not_count_against_the_next(docker_backend):
    sandbox = docker_backend.start(Limits(memory_mb=320))
    try:
        assert sandbox.load(Program(CYCLE_PER_CALL, "solution.py", SPEC), 5).ok
        results = [sandbox.call({"k": 10}, 10) for _ in range(6)]
    finally:
        sandbox.close()
    assert [r.outcome for r in results] == [Outcome.OK] * 6, [r.detail for r in results]
    peaks = [r.peak_kb or 0 for r in results]
    assert 120 * 1024 <= peaks[-1] < 300 * 1024, peaks
