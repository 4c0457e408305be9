"""`judge check` on a practice repository, end to end with real Docker."""

from __future__ import annotations

import contextlib
import json
import os
import pty
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET

from judge.sandbox.docker import LABEL
from tests.conftest import HOSTILE, PROBLEMS
from tests.junit_schema import breaches

BS = PROBLEMS / "binary_search" / "submissions"


def check(*args: str, cwd, env=None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "judge", "check", *args],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=cwd,
        env=env,
    )


def mixed_repository(root):
    (root / "solutions").mkdir(parents=True)
    shutil.copy(BS / "accepted" / "class_iterative.py", root / "solutions" / "binary_search.py")
    for name, source in {
        "wrong.py": BS / "wrong_answer" / "one_based.py",
        "slow.py": BS / "too_slow" / "linear_scan.py",
        "broken.py": HOSTILE / "syntax_error.py",
    }.items():
        (root / "solutions" / name).write_text("# judge: binary_search\n" + source.read_text())
    (root / "solutions" / "raises.py").write_text(
        "# judge: binary_search\nclass Solution:\n    def search(self, nums, target):\n"
        "        return nums[len(nums)]\n"
    )
    (root / "solutions" / "scratch.py").write_text("print('hi')\n")
    return root


def test_mixed_repository_gets_each_verdict_and_fails(engine, tmp_path):
    repo = mixed_repository(tmp_path / "practice")
    done = check("solutions", "--junit", "out.xml", "--json", "-j", "2", cwd=repo)
    assert done.returncode == 1, done.stderr
    assert "unknown: solutions/scratch.py" in done.stderr
    assert "\x1b[K" not in done.stderr  # no progress display where stderr is not a terminal
    verdicts = {r["solution"].rsplit("/", 1)[-1]: r["verdict"] for r in json.loads(done.stdout)}
    assert verdicts == {
        "binary_search.py": "accepted",
        "wrong.py": "wrong_answer",
        "slow.py": "too_slow",
        "broken.py": "compile_error",
        "raises.py": "runtime_error",
    }
    document = (repo / "out.xml").read_text()
    assert breaches(document) == []
    suite = ET.fromstring(document.encode()).find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("6", "4", "1")
    failed = {c.get("classname"): c.find("failure") for c in suite.findall("testcase")}
    assert failed["solutions/binary_search.py"] is None
    assert (
        "expected  4" in failed["solutions/wrong.py"].text
        and "got       5" in failed["solutions/wrong.py"].text
    )


def test_github_format_annotates_the_failing_line_of_each_solution(engine, tmp_path):
    repo = mixed_repository(tmp_path / "practice")
    (repo / "solutions" / "slow.py").unlink()
    page = tmp_path / "step-summary.md"
    done = check(
        "solutions", "--format", "github", cwd=repo, env={**os.environ, "GITHUB_STEP_SUMMARY": str(page)}
    )
    assert done.returncode == 1, done.stderr
    annotations = {
        line.split(",")[0].removeprefix("::error file="): line.split(",")[1]
        for line in done.stdout.splitlines()
        if line.startswith("::error ")
    }
    # broken.py: the syntax error's line; raises.py: the raising line; wrong.py: its `def search`.
    wrong_def = 1 + next(
        i
        for i, text in enumerate((repo / "solutions" / "wrong.py").read_text().splitlines())
        if "def search" in text
    )
    assert annotations == {
        "solutions/broken.py": "line=4",
        "solutions/raises.py": "line=4",
        "solutions/wrong.py": f"line={wrong_def}",
    }
    summary = page.read_text()
    assert summary.startswith("## judge check\n") and "**1/4 accepted in " in summary
    assert re.search(r"^\| WA +\| binary_search +\| solutions/wrong.py +\|", summary, re.M)
    assert "- solutions/scratch.py: name it SLUG.py" in summary


def test_shards_judge_every_file_exactly_once(engine, tmp_path):
    repo = tmp_path / "practice"
    (repo / "solutions").mkdir(parents=True)
    for name in ("a", "b", "c"):
        (repo / "solutions" / f"{name}.py").write_text(
            "# judge: binary_search\n" + (BS / "accepted" / "class_iterative.py").read_text()
        )
    judged = []
    for k in (1, 2):
        done = check("solutions", "--json", "--shard", f"{k}/2", "-j", "2", cwd=repo)
        assert done.returncode == 0, done.stderr
        judged += [r["solution"] for r in json.loads(done.stdout)]
    assert sorted(judged) == [f"solutions/{n}.py" for n in ("a", "b", "c")]


def test_all_accepted_exits_zero_and_github_format(engine, tmp_path):
    (tmp_path / "binary_search.py").write_text((BS / "accepted" / "function_bisect.py").read_text())
    done = check(".", "--format", "github", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "::error" not in done.stdout


def test_init_output_passes_its_own_check(engine, tmp_path):
    subprocess.run([sys.executable, "-m", "judge", "init", str(tmp_path)], check=True, capture_output=True)
    fresh = check("solutions", "--junit", "fresh.xml", cwd=tmp_path)
    assert fresh.returncode == 0 and "nothing to judge in solutions yet" in fresh.stderr, fresh.stderr
    assert breaches((tmp_path / "fresh.xml").read_text()) == []
    shutil.copy(BS / "accepted" / "recursive.py", tmp_path / "solutions" / "binary_search.py")
    done = check("solutions", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1/1 accepted" in done.stdout
    # the pre-commit hook passes the changed files themselves
    (tmp_path / "solutions" / "704.py").write_text((BS / "wrong_answer" / "one_based.py").read_text())
    hooked = check("solutions/704.py", cwd=tmp_path)
    assert hooked.returncode == 1 and "0/1 accepted" in hooked.stdout, hooked.stdout + hooked.stderr


def test_on_a_terminal_a_progress_line_counts_the_solutions_judged(engine, tmp_path):
    repo = tmp_path / "practice"
    repo.mkdir()
    shutil.copy(BS / "accepted" / "class_iterative.py", repo / "binary_search.py")
    (repo / "wrong.py").write_text(
        "# judge: binary_search\n" + (BS / "wrong_answer" / "one_based.py").read_text()
    )
    leader, follower = pty.openpty()
    chunks: list[bytes] = []

    def read_terminal() -> None:
        with contextlib.suppress(OSError):  # EIO once the judge has exited and closed its end
            while chunk := os.read(leader, 65536):
                chunks.append(chunk)

    reader = threading.Thread(target=read_terminal)
    reader.start()
    with subprocess.Popen(
        [sys.executable, "-m", "judge", "check", ".", "-j", "1"],
        cwd=repo,
        stdout=subprocess.PIPE,
        stderr=follower,
    ) as proc:
        os.close(follower)
        out, _ = proc.communicate(timeout=300)
    reader.join(10)
    os.close(leader)
    terminal = b"".join(chunks)
    assert proc.returncode == 1
    shown = terminal.decode()
    assert "\r\x1b[Kjudging 2 solutions" in shown
    assert "\r\x1b[Kjudged 1/2" in shown
    assert "WA    binary_search" in shown and "AC    binary_search" in shown
    assert "1/2 accepted" in out.decode()


def test_ctrl_c_during_a_check_exits_130_and_leaves_no_container(engine, tmp_path):
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.py").write_text("# judge: binary_search\n" + (HOSTILE / "sleeps.py").read_text())
    ours = {"label": LABEL}
    before = {c.id for c in engine.client.containers.list(all=True, sparse=True, filters=ours)}
    process = subprocess.Popen(
        [sys.executable, "-m", "judge", "check", ".", "-j", "2"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    started: set[str] = set()
    while time.monotonic() < deadline and len(started) < 2:
        started = {c.id for c in engine.client.containers.list(all=True, sparse=True, filters=ours)} - before
        time.sleep(0.05)
    assert len(started) >= 2, "the check never had two solutions in sandboxes"
    time.sleep(0.3)
    os.killpg(process.pid, signal.SIGINT)  # a Ctrl-C reaches the judge and its workers alike
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err.decode()[-2000:]
    assert {
        c.id for c in engine.client.containers.list(all=True, sparse=True, filters=ours)
    } - before == set()
