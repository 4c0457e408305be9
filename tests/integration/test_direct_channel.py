"""The direct channel (judge/sandbox/channel.py) in real containers: frames go over it where
the engine is local, a harness that cannot reach it is still heard over stdout, and the
directories it uses do not outlive their sandboxes."""

from __future__ import annotations

import os
import time

import pytest

from judge import registry
from judge.sandbox import channel
from judge.sandbox.base import Limits, Outcome, Program
from tests.conftest import ROOT

SOLUTION = ROOT / "problems" / "binary_search" / "submissions" / "accepted" / "class_iterative.py"
ARGS = {"nums": list(range(0, 200, 2)), "target": 64}


def load(sandbox, source: str | None = None) -> None:
    problem = registry.get("binary_search")
    program = Program(source or SOLUTION.read_text(), "solution.py", problem.spec())
    assert sandbox.load(program, 5).ok


def answers(sandbox) -> list[object]:
    one = sandbox.call(ARGS, 1.0)
    many = sandbox.call_many([ARGS, {"nums": [1, 3], "target": 2}], 1.0)
    return [r.value for r in (one, *many)]


@pytest.fixture
def local(engine):
    if not channel.wanted(engine.client.api.base_url):
        pytest.skip("the engine is not on this machine: no direct channel is offered")


def test_a_python_sandbox_speaks_over_the_direct_channel(local, docker_backend):
    sandbox = docker_backend.start(Limits())
    directory = sandbox.transport.directory
    try:
        load(sandbox)
        assert sandbox.transport.direct is not None
        assert os.listdir(directory) == []  # the socket went once the harness connected
        assert answers(sandbox) == [32, 32, -1]
    finally:
        sandbox.close()
    assert not os.path.exists(directory)


def test_a_harness_that_cannot_connect_is_heard_over_stdout(local, docker_backend, monkeypatch):
    """The offer stands, but the sandbox's user may not connect (as where the engine sits in a
    VM that cannot pass the socket): the harness answers over stdout, the offer is withdrawn."""
    offer = channel.Offer.__init__

    def unreachable(self, directory):
        offer(self, directory)
        os.chmod(self.path, 0o600)

    monkeypatch.setattr(channel.Offer, "__init__", unreachable)
    sandbox = docker_backend.start(Limits())
    try:
        load(sandbox)
        assert sandbox.transport.direct is None and sandbox.transport.offer is None
        assert os.listdir(sandbox.transport.directory) == []
        assert answers(sandbox) == [32, 32, -1]
    finally:
        sandbox.close()


def test_turned_off_nothing_is_mounted(docker_backend, monkeypatch):
    monkeypatch.setenv(channel.ENV, "attach")
    sandbox = docker_backend.start(Limits())
    try:
        assert sandbox.transport.directory is None
        sandbox.transport.container.reload()
        assert sandbox.transport.container.attrs["Mounts"] == []
        load(sandbox)
        assert answers(sandbox) == [32, 32, -1]
    finally:
        sandbox.close()


def test_a_death_is_described_over_the_direct_channel(local, docker_backend):
    sandbox = docker_backend.start(Limits())
    try:
        load(
            sandbox, "import os\nclass Solution:\n    def search(self, nums, target):\n        os._exit(7)\n"
        )
        assert sandbox.transport.direct is not None
        result = sandbox.call(ARGS, 1.0)
    finally:
        sandbox.close()
    assert result.outcome is Outcome.CRASH
    assert "exited with status 7" in result.detail


def test_prune_removes_the_directories_of_sandboxes_that_are_gone(local, engine, docker_backend):
    sandbox = docker_backend.start(Limits())
    live = sandbox.transport.directory
    orphan = channel.make_directory()  # as a judge killed before it removed its sandbox's
    old = time.time() - 3600
    for path in (live, orphan):
        os.utime(path, (old, old))
    try:
        engine.prune_directories()
        assert os.path.isdir(live)  # its container still mounts it
        assert not os.path.exists(orphan)
        load(sandbox)
        assert answers(sandbox) == [32, 32, -1]
    finally:
        sandbox.close()


@pytest.mark.parametrize(
    ("setting", "line"), [("", "ok       direct channel"), ("attach", "note     direct channel off")]
)
def test_doctor_says_whether_the_channel_is_used(local, monkeypatch, setting, line):
    from click.testing import CliRunner

    from judge.cli import cli

    monkeypatch.setenv(channel.ENV, setting)
    result = CliRunner().invoke(cli, ["doctor"])
    assert line in result.output, result.output
