"""Prestarted sessions: who starts when, and that a closed one never starts (no sandbox)."""

from __future__ import annotations

import threading

from judge.sandbox.base import LoadResult, Outcome
from judge.sandbox.session import Prestarted, close_all


class FakeSession:
    """Records loads and closes; a load can be held until the test lets it go."""

    def __init__(self, log: list[str], name: str, gate: threading.Event | None = None) -> None:
        self.log, self.name, self.gate = log, name, gate

    def load(self) -> LoadResult:
        if self.gate is not None:
            self.gate.wait(5)
        self.log.append(f"load {self.name}")
        return LoadResult(Outcome.OK)

    def close(self) -> None:
        self.log.append(f"close {self.name}")


def test_the_second_sandbox_starts_after_the_first_has_loaded():
    log: list[str] = []
    gate = threading.Event()
    first = Prestarted(FakeSession(log, "solution", gate))  # type: ignore[arg-type]
    second = Prestarted(FakeSession(log, "reference"), after=first)  # type: ignore[arg-type]
    assert log == []
    gate.set()
    assert second.get() is not None
    assert log == ["load solution", "load reference"]
    close_all(first.close, second.close)
    assert sorted(log[2:]) == ["close reference", "close solution"]


def test_a_lazy_sandbox_starts_when_first_needed_and_never_once_closed():
    log: list[str] = []
    lazy = Prestarted(FakeSession(log, "reference"), eager=False)  # type: ignore[arg-type]
    assert log == []
    assert lazy.wait().ok and log == ["load reference"]
    lazy.close()
    assert log == ["load reference", "close reference"]

    never: list[str] = []
    unused = Prestarted(FakeSession(never, "reference"), eager=False)  # type: ignore[arg-type]
    unused.close()
    assert not unused.wait().ok
    assert never == []


def test_a_sandbox_waiting_its_turn_does_not_start_once_the_run_has_ended():
    log: list[str] = []
    gate = threading.Event()
    first = Prestarted(FakeSession(log, "solution", gate))  # type: ignore[arg-type]
    second = Prestarted(FakeSession(log, "reference"), after=first)  # type: ignore[arg-type]
    closer = threading.Thread(target=second.close)
    closer.start()
    while not second.closed:
        pass
    gate.set()
    closer.join(5)
    first.close()
    assert "load reference" not in log
