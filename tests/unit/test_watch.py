"""`judge watch`: a save, in place or by rename, is noticed."""

from __future__ import annotations

import signal
import threading
import time
import weakref

import pytest

from judge import cli
from judge.watch import watch


def test_watch_rejudges_on_in_place_and_rename_saves(tmp_path):
    path = tmp_path / "s.py"
    path.write_text("v1")
    seen: list[str] = []
    stop = threading.Event()
    thread = threading.Thread(target=watch, args=(path, lambda: seen.append(path.read_text()), stop.is_set))
    thread.start()
    try:
        time.sleep(0.3)
        path.write_text("v2 longer")  # saved in place
        time.sleep(0.5)
        temp = tmp_path / ".s.py.swp"
        temp.write_text("v3")
        temp.replace(path)  # saved by rename, as many editors do
        time.sleep(0.5)
    finally:
        stop.set()
        thread.join(5)
    assert seen == ["v1", "v2 longer", "v3"]


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_an_interrupt_dropped_inside_a_finalizer_still_stops_watching(tmp_path, monkeypatch):
    # Ctrl-C can land while a weakref callback runs; Python prints that KeyboardInterrupt
    # and drops it. The handler's flag must still end `judge watch` (CI once waited 60 s).
    monkeypatch.setattr(cli, "_interrupted", False)
    path = tmp_path / "s.py"
    path.write_text("v1")

    class Resource:
        pass

    def judge_once() -> None:
        resource = Resource()
        weakref.finalize(resource, cli._on_interrupt, signal.SIGINT, None)
        del resource  # the finalizer raises KeyboardInterrupt, and Python drops it

    thread = threading.Thread(target=watch, args=(path, judge_once, cli.interrupted), daemon=True)
    thread.start()
    thread.join(5)
    assert not thread.is_alive(), "watch went on after the interrupt"
    assert cli.interrupted()


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_an_interrupt_dropped_inside_a_finalizer_still_ends_any_command_with_130(monkeypatch):
    # Seen in CI: SIGTERM landed while an import lock's weakref callback ran; the dropped
    # KeyboardInterrupt let `judge run` finish and exit 1 instead of 130.
    monkeypatch.setattr(cli, "_interrupted", False)

    class Resource:
        pass

    def command(**_kwargs: object) -> int:
        resource = Resource()
        weakref.finalize(resource, cli._on_interrupt, signal.SIGTERM, None)
        del resource  # the finalizer raises KeyboardInterrupt, and Python drops it
        return cli.EXIT_VERDICT

    def leave(status: int) -> None:
        raise SystemExit(status)

    monkeypatch.setattr(cli.cli, "main", command)
    monkeypatch.setattr(cli, "_leave", leave)
    with pytest.raises(SystemExit) as ended:
        cli.main(["list"])
    assert ended.value.code == cli.EXIT_INTERRUPTED
