"""Which judges still run (judge/sandbox/owners.py): a held run id is alive, a let-go one is not."""

from __future__ import annotations

import subprocess
import sys

from judge.sandbox import owners
from judge.sandbox.docker import owner


def test_a_run_held_by_a_live_process_is_alive_and_one_whose_process_ended_is_not(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    hold = (
        "import sys, time; from judge.sandbox import owners; lease = owners.hold(sys.argv[1]); "
        "print('held', flush=True); time.sleep(60)"
    )
    child = subprocess.Popen([sys.executable, "-c", hold, "run-a"], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "held"
        assert owners.alive("run-a")
    finally:
        child.kill()
        child.wait()
    assert not owners.alive("run-a")
    assert not owners.alive("never-seen")


def test_this_process_owns_what_it_holds_until_it_lets_go(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    lease = owners.hold("run-b")
    assert owners.alive("run-b")
    lease.close()
    assert not owners.alive("run-b")


class Listed:
    def __init__(self, attrs):
        self.attrs = attrs


def test_a_container_s_owner_is_its_label_or_a_claimed_spare_s_name():
    assert owner(Listed({"Labels": {"judge.run": "abc123"}, "Names": ["/whatever"]})) == "abc123"
    assert owner(Listed({"Labels": {"judge.spare": "k"}, "Names": ["/judge-run-abc123-0f0f0f"]})) == "abc123"
