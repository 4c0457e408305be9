"""The `judge` command through the resident judge, with the real sandbox: the same
output and exit statuses as without it, Ctrl-C reaches the command, nothing is left
behind, and a new command never runs in a process an earlier one used."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from judge.sandbox import owners
from judge.sandbox.docker import owner
from tests.conftest import PROBLEMS

BS = PROBLEMS / "binary_search" / "submissions"
JUDGE = [sys.executable, "-m", "judge"]


@pytest.fixture()
def env(tmp_path):
    """The resident on, with a socket folder of this test's own; stopped afterwards."""
    env = {**os.environ, "JUDGE_RESIDENT": "1", "JUDGE_RESIDENT_DIR": str(tmp_path / "resident")}
    yield env
    subprocess.run([*JUDGE, "resident", "stop"], env=env, capture_output=True, timeout=30)


def judge(env, *args, **kwargs):
    return subprocess.run([*JUDGE, *args], env=env, capture_output=True, text=True, timeout=120, **kwargs)


def wait_for_resident(env, seconds=30.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        status = judge(env, "resident", "status")
        if "waits (pid" in status.stdout:
            return int(status.stdout.split("pid ")[1].split(")")[0])
        time.sleep(0.2)
    raise AssertionError("no resident judge started")


def orphans(engine):
    """The judge's containers whose judge has ended (others' runs may be going on)."""
    return {c.id for c in engine.leftovers() if not owners.alive(owner(c))}


def test_a_command_leaves_a_resident_that_runs_the_next_ones_alike(engine, env, tmp_path):
    first = judge(env, "list", "--json")  # runs here, leaves the resident
    assert first.returncode == 0, first.stderr
    resident = wait_for_resident(env)
    off = {**env, "JUDGE_RESIDENT": "0"}
    accepted, wrong = BS / "accepted" / "class_iterative.py", BS / "wrong_answer" / "one_based.py"
    for args, status in [
        (("run", "binary_search", str(accepted), "--no-growth", "--json"), 0),
        (("run", "binary_search", str(wrong), "--no-growth", "--json"), 1),
        (("run", "no_such_problem", str(accepted)), 2),
        (("list", "--json"), 0),
    ]:
        through = judge(env, *args)
        here = judge(off, *args)
        assert (through.returncode, here.returncode) == (status, status), through.stderr + here.stderr
        if "--json" in args and args[0] == "run":
            assert '"verdict"' in through.stdout and _verdict(through.stdout) == _verdict(here.stdout)
        else:
            assert through.stdout == here.stdout and through.stderr == here.stderr
    assert wait_for_resident(env) == resident  # one resident served them all


def _verdict(stdout: str) -> str:
    import json

    return json.loads(stdout)["verdict"]


def test_a_command_writes_into_the_callers_folder(env, tmp_path):
    judge(env, "list")
    wait_for_resident(env)
    made = judge(env, "new", "binary_search", "mine.py", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "def search(self, nums: List[int], target: int) -> int:" in (tmp_path / "mine.py").read_text()


def children(pid: int) -> set[int]:
    """The processes whose parent is pid (the resident's forks)."""
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry))
    return found


@pytest.mark.parametrize("ending", ["ctrl_c", "client_killed"])
def test_a_watch_run_by_the_resident_ends_with_its_client_and_nothing_is_left(engine, env, tmp_path, ending):
    judge(env, "list")
    resident = wait_for_resident(env)
    before = orphans(engine)
    solution = tmp_path / "binary_search.py"
    solution.write_text((BS / "accepted" / "class_iterative.py").read_text())
    process = subprocess.Popen(
        [*JUDGE, "watch", "binary_search", str(solution), "--no-growth"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 90
        seen = b""
        os.set_blocking(process.stdout.fileno(), False)
        while b"Accepted (AC)" not in seen and time.monotonic() < deadline:
            seen += process.stdout.read() or b""
            time.sleep(0.1)
        assert b"Accepted (AC)" in seen
        assert children(resident), "the watch runs in a fork of the resident"
    finally:
        process.send_signal(signal.SIGINT if ending == "ctrl_c" else signal.SIGKILL)
        _, err = process.communicate(timeout=60)
    if ending == "ctrl_c":
        assert process.returncode == 130, err.decode()[-2000:]
    deadline = time.monotonic() + 30
    while (children(resident) or orphans(engine) - before) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert children(resident) == set()  # a client killed outright takes its command down too
    assert orphans(engine) - before == set()


def test_stop_ends_the_resident(env):
    judge(env, "list")
    pid = wait_for_resident(env)
    stopped = judge(env, "resident", "stop")
    assert f"pid {pid}" in stopped.stdout
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        raise AssertionError("the resident judge did not end")
    assert "no resident judge" in judge({**env, "JUDGE_RESIDENT": "1"}, "resident", "status").stdout


def test_runs_after_the_first_take_inputs_made_ahead_and_draw_anew_each_time(env):
    """The resident makes a problem's next inputs once a run of it is out (made_ahead.py):
    the runs that follow give the same verdict, each with generated inputs of its own."""
    accepted, wrong = BS / "accepted" / "class_iterative.py", BS / "wrong_answer" / "one_based.py"
    judge(env, "list")
    wait_for_resident(env)
    seeds = set()
    for _ in range(3):
        through = judge(env, "run", "binary_search", str(accepted), "--json")
        assert through.returncode == 0, through.stderr
        seeds.add(_seed(through.stdout))
    assert len(seeds) == 3
    assert judge(env, "run", "binary_search", str(wrong), "--json").returncode == 1


def _seed(stdout: str) -> int:
    import json

    return json.loads(stdout)["seed"]
