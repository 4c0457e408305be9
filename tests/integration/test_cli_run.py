"""`judge run` as a person runs it: a real process, real Docker, real signals."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from judge.sandbox.docker import LABEL
from tests.conftest import HOSTILE, PROBLEMS

ACCEPTED = PROBLEMS / "binary_search" / "submissions" / "accepted" / "class_iterative.py"


def judge(*args: str, **kw) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "judge", *args], capture_output=True, text=True, timeout=120, **kw
    )


def judge_containers(engine) -> list:
    return engine.client.containers.list(all=True, sparse=True, filters={"label": LABEL})


def test_accepted_run_exits_zero_with_a_report(engine):
    done = judge("run", "binary_search", str(ACCEPTED))
    assert done.returncode == 0, done.stderr
    assert "Accepted (AC)" in done.stdout


def test_json_report_is_the_only_thing_on_stdout(engine):
    wrong = PROBLEMS / "binary_search" / "submissions" / "wrong_answer" / "misses_last_element.py"
    done = judge("run", "binary_search", str(wrong), "--json")
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert report["verdict"] == "wrong_answer"
    assert report["failure"]["input"] == {"nums": [5], "target": 5}
    assert (report["failure"]["expected"], report["failure"]["got"]) == (0, -1)


def test_ctrl_c_during_a_run_exits_130_and_leaves_no_container(engine):
    before = {c.id for c in judge_containers(engine)}
    process = subprocess.Popen(
        [sys.executable, "-m", "judge", "run", "binary_search", str(HOSTILE / "sleeps.py")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not ({c.id for c in judge_containers(engine)} - before):
        time.sleep(0.05)
    assert {c.id for c in judge_containers(engine)} - before, "the run never started a container"
    time.sleep(0.3)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130, err.decode()[-2000:]
    assert {c.id for c in judge_containers(engine)} - before == set()


def test_sigterm_also_cleans_up(engine):
    before = {c.id for c in judge_containers(engine)}
    process = subprocess.Popen(
        [sys.executable, "-m", "judge", "run", "binary_search", str(HOSTILE / "infinite_loop.py")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not ({c.id for c in judge_containers(engine)} - before):
        time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130, err.decode()[-2000:]
    assert {c.id for c in judge_containers(engine)} - before == set()


def test_docker_unreachable_is_exit_3_with_one_line(tmp_path):
    env = {**os.environ, "DOCKER_HOST": f"unix://{tmp_path}/no-such.sock"}
    done = judge("run", "binary_search", str(ACCEPTED), env=env)
    assert done.returncode == 3
    assert "Docker is not reachable" in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_prune_removes_leftovers(engine):
    from judge.sandbox.base import Limits
    from judge.sandbox.docker import container_settings

    settings = container_settings("judge-sandbox:python3-v1", Limits(), "leftover-test")
    engine.client.containers.create(**settings)
    done = judge("sandbox", "prune")
    assert done.returncode == 0
    assert not engine.client.containers.list(
        all=True, sparse=True, filters={"label": f"{LABEL}=leftover-test"}
    )


def test_prune_leaves_the_sandboxes_of_a_judge_still_running(engine):
    """`judge sandbox prune` in one terminal must not kill a `judge watch` in another."""
    from judge.sandbox.base import Limits
    from judge.sandbox.docker import DockerBackend

    live = DockerBackend(engine)  # this process is the live judge
    sandbox = live.start(Limits())
    try:
        done = judge("sandbox", "prune")
        assert done.returncode == 0
        assert engine.client.containers.list(
            all=True, sparse=True, filters={"label": f"{LABEL}={live.run_id}"}
        )
    finally:
        sandbox.close()


def test_plot_draws_the_growth_curves(engine, tmp_path):
    slow = PROBLEMS / "binary_search" / "submissions" / "too_slow" / "linear_scan.py"
    picture = tmp_path / "growth.png"
    done = judge("run", "binary_search", str(slow), "--plot", str(picture))
    assert done.returncode in (0, 1), done.stderr  # the verdict is the growth tests' business
    assert "Growth: expected O(log n)" in done.stdout
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_audit_judges_mutants_in_parallel_and_reports_the_share_killed(engine):
    done = judge("audit", "binary_search", "--limit", "4", "-j", "2")
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("binary_search:"))
    killed = int(line.split(": ")[1].split("/")[0])
    assert line.startswith(f"binary_search: {killed}/4 mutants killed")
    assert killed >= 3  # four plausible bugs in a binary search; the tests catch nearly all
    assert judge_containers(engine) == []


def test_fresh_processes_judge_an_accepted_solution_accepted_every_time(engine):
    """Each `judge run` is a new process, whose imports and garbage collection overlap
    its sandboxes' start. The judge once dropped the HTTP response behind a container's
    attach socket; freed, it closed the socket, the harness read end-of-file and quit,
    and about one run in three of an accepted solution ended as a runtime error."""
    verdicts = []
    for _ in range(8):
        done = judge("run", "binary_search", str(ACCEPTED), "--json", "--no-growth", "--examples", "30")
        verdicts.append(json.loads(done.stdout)["verdict"])
    assert verdicts == ["accepted"] * 8
