"""Spare sandboxes (judge/sandbox/spares.py): started ahead, claimed once, gone after.

The sandbox properties of a claimed spare are checked with every other sandbox
property in test_sandbox.py (its `facts` fixture runs for a fresh and a spare one)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
import time

import pytest

from judge.sandbox import spares
from judge.sandbox.base import Limits, Outcome, Program
from judge.sandbox.docker import IMAGE, SpareBackend, removals

pytestmark = pytest.mark.docker

SPEC = {"kind": "function", "function": "f", "params": [{"name": "x", "type": ""}], "returns": ""}
# Limits no other test uses, so that these spares are these tests' own
LIMITS = Limits(memory_mb=192, pids=48)

LEAVE_TRACES = """
import os
def f(x):
    with open("/tmp/trace", "w") as out:
        out.write("left by an earlier run")
    os.environ["TRACE"] = "1"
    return sorted(os.listdir("/tmp"))
"""

LOOK_FOR_TRACES = """
import os
def f(x):
    return {"tmp": sorted(os.listdir("/tmp")), "env": os.environ.get("TRACE"), "pids": sorted(
        p for p in os.listdir("/proc") if p.isdigit())}
"""


def waiting(engine, limits: Limits = LIMITS) -> list[dict]:
    return spares.waiting(engine.client.api, IMAGE, limits)


def labelled(engine, limits: Limits = LIMITS) -> list[dict]:
    """Every container made as a spare for these limits, claimed or not, running or not."""
    found = engine.client.api.containers(
        all=True, filters={"label": f"{spares.LABEL}={spares.key(IMAGE, limits)}"}
    )
    return list(found)


def remove_all(engine, limits: Limits = LIMITS) -> None:
    """Every container made as a spare for these limits removed (some are on their way out)."""
    import docker.errors

    deadline = time.monotonic() + 20
    while labelled(engine, limits) and time.monotonic() < deadline:
        for entry in labelled(engine, limits):
            with contextlib.suppress(docker.errors.APIError):  # gone, or being removed already
                engine.client.api.remove_container(entry["Id"], force=True)
        time.sleep(0.1)


@pytest.fixture()
def clean(engine, monkeypatch):
    monkeypatch.setenv(spares.ENV_COUNT, "2")
    remove_all(engine)
    yield
    removals.wait()
    remove_all(engine)


def claim(engine):
    backend = SpareBackend(engine)
    return backend, spares.claim(engine, LIMITS, backend.run_id, IMAGE)


def test_a_claimed_spare_serves_one_run_and_is_removed_after_it(engine, clean):
    assert spares.fill(engine, LIMITS, IMAGE, 2) == 2
    assert spares.fill(engine, LIMITS, IMAGE, 2) == 0  # topped up already
    backend, sandbox = claim(engine)
    assert sandbox is not None
    name = sandbox.transport.container.attrs["Name"]
    assert name.startswith(f"/judge-run-{backend.run_id}-")
    assert len(waiting(engine)) == 1
    assert sandbox.load(Program("def f(x):\n    return x + 1\n", "s.py", SPEC), 5).ok
    assert sandbox.call({"x": 41}, 2).value == 42
    sandbox.close()
    removals.wait()
    assert not engine.client.containers.list(all=True, sparse=True, filters={"name": name})


def test_a_fresh_run_sees_nothing_an_earlier_run_wrote(engine, clean):
    spares.fill(engine, LIMITS, IMAGE, 2)
    _, first = claim(engine)
    assert first.load(Program(LEAVE_TRACES, "a.py", SPEC), 5).ok
    assert first.call({"x": 0}, 2).value == ["trace"]
    first.close()
    _, second = claim(engine)
    assert second is not None
    try:
        assert second.load(Program(LOOK_FOR_TRACES, "b.py", SPEC), 5).ok
        seen = second.call({"x": 0}, 2).value
    finally:
        second.close()
    assert seen["tmp"] == [] and seen["env"] is None
    assert len(seen["pids"]) == 2  # the container's init and the harness: nothing left running


def test_two_judges_never_claim_the_same_spare(engine, clean):
    spares.fill(engine, LIMITS, IMAGE, 2)
    got: list = []
    threads = [threading.Thread(target=lambda: got.append(claim(engine)[1])) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    claimed = [sandbox for sandbox in got if sandbox is not None]
    try:
        assert len(claimed) == 2
        assert len({sandbox.transport.container.id for sandbox in claimed}) == 2
    finally:
        for sandbox in claimed:
            sandbox.close()


def test_a_spare_nobody_claims_ends_and_goes_by_itself(engine, clean):
    engine.start_spare(LIMITS, IMAGE, ttl_s=2)
    assert len(labelled(engine)) == 1
    assert not waiting(engine)  # too near its end to be claimed
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and labelled(engine):
        time.sleep(0.2)
    assert not labelled(engine), "the spare outlived its time"


def test_running_out_of_memory_in_a_claimed_spare_is_a_memory_verdict(engine, clean):
    """A spare is removed by the engine once it ends: how it ended comes from its events."""
    spares.fill(engine, LIMITS, IMAGE, 1)
    _, sandbox = claim(engine)
    source = "def f(x):\n    return len(bytearray(x * 1024 * 1024))\n"
    try:
        assert sandbox.load(Program(source, "s.py", SPEC), 5).ok
        result = sandbox.call({"x": 400}, 5)
    finally:
        sandbox.close()
    assert result.outcome is Outcome.MEMORY, result


def test_prune_removes_the_spares(engine, clean):
    spares.fill(engine, LIMITS, IMAGE, 2)
    assert engine.prune() >= 2
    assert not waiting(engine)


def test_judge_run_claims_a_spare_and_leaves_new_ones(engine, tmp_path):
    """The command a person runs: the second run claims what the first one left."""
    env = {**os.environ, spares.ENV_COUNT: "2"}
    solution = tmp_path / "s.py"
    solution.write_text(
        "def search(nums, target):\n    return nums.index(target) if target in nums else -1\n"
    )
    command = [sys.executable, "-m", "judge", "run", "binary_search", str(solution), "--no-growth"]
    limits = Limits()
    try:
        first = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        assert first.returncode == 0, first.stderr
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and len(waiting(engine, limits)) < 2:
            time.sleep(0.1)
        before = {entry["Id"] for entry in waiting(engine, limits)}
        assert len(before) >= 2, "the first run left no spares"
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        assert second.returncode == 0, second.stderr
        still = {entry["Id"] for entry in waiting(engine, limits)}
        assert len(before - still) == 2, "the second run did not claim the spares"
        ids = before - still
        assert not [c for c in engine.client.containers.list(all=True, sparse=True) if c.id in ids]
    finally:
        time.sleep(1)  # the second run's replenisher may still be starting spares
        remove_all(engine, limits)
