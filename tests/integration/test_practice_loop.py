"""The practice loop as a person lives it: `judge watch` driven by real saves, and a
mock round solved by `judge run` (real processes, real Docker)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from judge import history, interview
from judge.sandbox.docker import LABEL
from tests.conftest import PROBLEMS

BS = PROBLEMS / "binary_search" / "submissions"


class Output:
    """A process's stdout, read as it comes."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.text = ""
        self.lock = threading.Lock()
        self.reader = threading.Thread(target=self._read, args=(process,), daemon=True)
        self.reader.start()

    def _read(self, process: subprocess.Popen[bytes]) -> None:
        assert process.stdout is not None
        while chunk := os.read(process.stdout.fileno(), 65536):
            with self.lock:
                self.text += chunk.decode("utf-8", "replace")

    def wait_for(self, marker: str, after: int = 0, timeout_s: float = 60) -> int:
        """Where marker first appears at or past offset `after`."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            with self.lock:
                at = self.text.find(marker, after)
            if at >= 0:
                return at
            time.sleep(0.02)
        raise AssertionError(f"{marker!r} never appeared; output so far:\n{self.text[-3000:]}")


def our_containers(engine) -> set[str]:
    return {c.id for c in engine.client.containers.list(all=True, sparse=True, filters={"label": LABEL})}


def test_watch_judges_again_after_each_save_and_leaves_nothing_behind(engine, tmp_path):
    before = our_containers(engine)
    solution = tmp_path / "binary_search.py"
    solution.write_text((BS / "wrong_answer" / "one_based.py").read_text())
    process = subprocess.Popen(
        [sys.executable, "-m", "judge", "watch", "binary_search", str(solution), "--no-growth"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        out = Output(process)
        first = out.wait_for("Wrong answer (WA)")
        out.wait_for("judged in", first)
        time.sleep(1.5)  # the person reads the verdict and types; the next sandboxes start meanwhile
        # An editor's save: write a temporary file, rename it over the solution.
        temporary = tmp_path / ".binary_search.py.swp"
        temporary.write_text((BS / "accepted" / "class_iterative.py").read_text())
        os.replace(temporary, solution)
        second = out.wait_for("Accepted (AC)", first)
        out.wait_for("judged in", second)
        solution.write_text((BS / "wrong_answer" / "misses_last_element.py").read_text())  # saved in place
        third = out.wait_for("Wrong answer (WA)", second)
        out.wait_for("judged in", third)
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err.decode()[-2000:]
    assert our_containers(engine) - before == set()
    verdicts = [(a.problem, a.verdict, a.mode) for a in history.attempts()[-3:]]
    assert verdicts == [
        ("binary_search", "wrong_answer", "watch"),
        ("binary_search", "accepted", "watch"),
        ("binary_search", "wrong_answer", "watch"),
    ]


def test_a_mock_round_is_solved_by_judge_run_on_its_file(engine, tmp_path):
    env = {**os.environ, history.ENV_HOME: str(tmp_path / "home")}
    started = subprocess.run(
        [sys.executable, "-m", "judge", "interview", "--topic", "binary-search", "--difficulty", "easy"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert started.returncode == 0, started.stderr
    (starter,) = tmp_path.glob("*.py")
    slug = starter.stem
    accepted = sorted((PROBLEMS / slug / "submissions" / "accepted").glob("*.py"))[0]
    wrong = sorted((PROBLEMS / slug / "submissions" / "wrong_answer").glob("*.py"))[0]

    def run(source: Path) -> subprocess.CompletedProcess[str]:
        starter.write_text(source.read_text())
        return subprocess.run(
            [sys.executable, "-m", "judge", "run", slug, starter.name, "--no-growth"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    first = run(wrong)
    assert first.returncode == 1 and "Time left: 4" in first.stderr, first.stderr
    second = run(accepted)
    assert second.returncode == 0 and "Solved in 0:" in second.stderr, second.stderr
    os.environ[history.ENV_HOME], saved = env[history.ENV_HOME], os.environ[history.ENV_HOME]
    try:
        attempts = history.attempts()
        assert interview.current() is None
    finally:
        os.environ[history.ENV_HOME] = saved
    assert [(a.problem, a.verdict, a.mode) for a in attempts] == [
        (slug, "wrong_answer", "interview"),
        (slug, "accepted", "interview"),
    ]
    assert attempts[1].seconds_to_solve is not None and 0 < attempts[1].seconds_to_solve < 120
