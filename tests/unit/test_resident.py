"""The resident judge's loop (judge/resident/server.py) with a stand-in for the command:
each command runs in a fresh fork of an untouched process, with the client's working
directory, environment, arguments and descriptors, and the client gets its status."""

from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path

import pytest

from judge.resident import client, handoff, paths
from judge.resident.server import Resident

STATE: dict[str, str] = {}  # what a command leaves behind in its process


def record(req):
    """Stand-in command: note what this process sees, leave a mark, exit with argv[1]."""
    seen = {"mark": STATE.get("mark"), "foo": os.environ.get("FOO"), "cwd": os.getcwd(), "argv": req["argv"]}
    with open("seen.jsonl", "a") as f:
        f.write(json.dumps(seen) + "\n")
    STATE["mark"] = req["argv"][0]
    os.write(1, f"out of {req['argv'][0]}\n".encode())
    raise SystemExit(int(req["argv"][1]))


def hands_off_then_lingers(req):
    """Stand-in for a run whose sandboxes are still being removed after its verdict."""
    handoff.output_done(int(req["argv"][1]))
    time.sleep(3)


@pytest.fixture()
def resident(tmp_path, monkeypatch):
    """Start a Resident with a stand-in command in a fork; yields a way to start it."""
    monkeypatch.setenv(paths.ENV_DIR, str(tmp_path / "sock"))
    (tmp_path / "sock").mkdir(mode=0o700)
    started: list[int] = []

    def start(run, key=None):
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(str(paths.socket_path()))
        listener.listen(4)
        pid = os.fork()
        if pid == 0:
            try:
                Resident(listener, key or paths.code_key(), run).serve(ttl_s=5)
            finally:
                os._exit(0)
        listener.close()
        started.append(pid)
        return pid

    yield start
    for pid in started:
        try:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass


def ended_within(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            return True
        time.sleep(0.05)
    return False


def test_each_command_runs_in_a_fresh_fork_with_the_callers_cwd_env_status(resident, tmp_path, monkeypatch):
    resident(record)
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    monkeypatch.chdir(first)
    monkeypatch.setenv("FOO", "set by the first")
    assert client.through_resident(["one", "0"]) == 0
    monkeypatch.chdir(second)
    monkeypatch.delenv("FOO")
    assert client.through_resident(["two", "4"]) == 4
    (one,) = [json.loads(line) for line in (first / "seen.jsonl").read_text().splitlines()]
    (two,) = [json.loads(line) for line in (second / "seen.jsonl").read_text().splitlines()]
    assert one == {"mark": None, "foo": "set by the first", "cwd": str(first), "argv": ["one", "0"]}
    # the second command sees nothing the first left: not its mark, not its environment
    assert two == {"mark": None, "foo": None, "cwd": str(second), "argv": ["two", "4"]}


def test_the_client_gets_its_status_once_the_output_is_done(resident):
    resident(hands_off_then_lingers)
    began = time.monotonic()
    assert client.through_resident(["run", "1"]) == 1
    assert time.monotonic() - began < 2.5  # not the 3 s the fork still takes


def test_a_resident_running_other_code_declines_and_ends(resident):
    pid = resident(record, key="other code")
    assert client.through_resident(["one", "0"]) is None  # the client runs the command itself
    assert ended_within(pid, 5)


def test_no_resident_means_the_command_runs_here(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.ENV_DIR, str(tmp_path))
    assert client.through_resident(["list"]) is None
    Path(paths.socket_path()).write_text("")  # a dead resident's socket file
    assert client.through_resident(["list"]) is None


def test_the_directory_must_be_the_users_alone(tmp_path, monkeypatch):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)
    monkeypatch.setenv(paths.ENV_DIR, str(shared))
    assert paths.private_directory() is None
    monkeypatch.setenv(paths.ENV_DIR, str(tmp_path / "fresh"))
    assert paths.private_directory() == tmp_path / "fresh"
    assert (tmp_path / "fresh").stat().st_mode & 0o777 == 0o700


def test_switched_off_by_the_environment(monkeypatch):
    monkeypatch.setenv(paths.ENV_SWITCH, "0")
    assert not paths.enabled()
    monkeypatch.setenv(paths.ENV_SWITCH, "1")
    assert paths.enabled()


def test_the_client_hands_nothing_to_a_socket_in_a_folder_others_can_write(resident, tmp_path):
    resident(record)
    (tmp_path / "sock").chmod(0o777)  # anyone could have put that socket there
    assert client.through_resident(["one", "0"]) is None
    assert not (Path.cwd() / "seen.jsonl").exists()
