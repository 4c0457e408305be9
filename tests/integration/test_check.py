"""`judge check` on a practice repository, end to end with real Docker."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

from tests.conftest import HOSTILE, PROBLEMS

BS = PROBLEMS / "binary_search" / "submissions"


def check(*args: str, cwd) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "judge", "check", *args], capture_output=True, text=True, timeout=600, cwd=cwd
    )


def test_mixed_repository_gets_each_verdict_and_fails(engine, tmp_path):
    repo = tmp_path / "practice"
    (repo / "solutions").mkdir(parents=True)
    shutil.copy(BS / "accepted" / "class_iterative.py", repo / "solutions" / "binary_search.py")
    for name, source in {
        "wrong.py": BS / "wrong_answer" / "one_based.py",
        "slow.py": BS / "too_slow" / "linear_scan.py",
        "broken.py": HOSTILE / "syntax_error.py",
    }.items():
        (repo / "solutions" / name).write_text("# judge: binary_search\n" + source.read_text())
    (repo / "solutions" / "scratch.py").write_text("print('hi')\n")
    done = check("solutions", "--junit", "out.xml", "--json", "-j", "2", cwd=repo)
    assert done.returncode == 1, done.stderr
    assert "unknown: solutions/scratch.py" in done.stderr
    verdicts = {r["solution"].rsplit("/", 1)[-1]: r["verdict"] for r in json.loads(done.stdout)}
    assert verdicts == {
        "binary_search.py": "accepted",
        "wrong.py": "wrong_answer",
        "slow.py": "too_slow",
        "broken.py": "compile_error",
    }
    suite = ET.parse(repo / "out.xml").getroot().find("testsuite")
    assert (suite.get("tests"), suite.get("failures")) == ("4", "3")


def test_all_accepted_exits_zero_and_github_format(engine, tmp_path):
    (tmp_path / "binary_search.py").write_text((BS / "accepted" / "function_bisect.py").read_text())
    done = check(".", "--format", "github", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "::error" not in done.stdout


def test_init_output_passes_its_own_check(engine, tmp_path):
    subprocess.run([sys.executable, "-m", "judge", "init", str(tmp_path)], check=True, capture_output=True)
    shutil.copy(BS / "accepted" / "recursive.py", tmp_path / "solutions" / "binary_search.py")
    done = check("solutions", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
