"""The wheel, installed as a user installs it: a fresh virtual environment, the install step
of the workflow `judge init` writes, then `judge` judges a solution with nothing of the
repository on its path.

One venv serves both checks: the workflow's install step (JUDGE_PACKAGE = the wheel) is what
installs the wheel into it, and the judge runs from there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
import yaml

from judge import DISTRIBUTION
from tests.conftest import PROBLEMS, ROOT

ACCEPTED = PROBLEMS / "binary_search" / "submissions" / "accepted" / "class_iterative.py"
SANDBOXES = ROOT / "sandboxes"


def run(args: list[str | Path], timeout: float = 300, **kw) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=timeout, **kw)
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without anything that would put the repository on the path."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return {**env, **extra}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    began = time.perf_counter()
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", out, ROOT])
    print(f"wheel built in {time.perf_counter() - began:.1f} s")
    (built,) = out.glob("*.whl")
    return built


def library_files(root: Path) -> set[str]:
    skip = ("__pycache__", ".hypothesis", ".pytest_cache")
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and not p.name.endswith(".pyc") and not any(s in p.parts for s in skip)
    }


def test_the_wheel_is_named_for_the_distribution_and_carries_problems_sandboxes_harness(wheel):
    assert wheel.name.startswith(DISTRIBUTION.replace("-", "_") + "-")
    names = set(zipfile.ZipFile(wheel).namelist())
    problems = {f"judge_problems/{name}" for name in library_files(PROBLEMS)}
    sandboxes = {f"judge_sandboxes/{name}" for name in library_files(SANDBOXES)}
    assert "judge_sandboxes/python/Dockerfile" in sandboxes
    assert "judge_problems/binary_search/submissions/accepted/class_iterative.py" in problems
    harness = {f"judge/harness/{name}" for name in library_files(ROOT / "judge" / "harness")}
    assert "judge/harness/runner.py" in harness
    languages = {f"judge/languages/{name}" for name in library_files(ROOT / "judge" / "languages")}
    assert "judge/languages/javascript/harness.js" in languages
    assert not (problems | sandboxes | harness | languages) - names
    assert f"{DISTRIBUTION.replace('-', '_')}-0.1.0.dist-info/entry_points.txt" in names


def test_a_fresh_venv_installed_by_the_init_workflow_judges_a_solution(engine, wheel, tmp_path):
    began = time.perf_counter()
    practice = tmp_path / "practice"
    init = run([sys.executable, "-m", "judge", "init", practice, "--package", wheel], cwd=tmp_path)
    assert "judge.yml" in init.stdout
    workflow = yaml.safe_load((practice / ".github/workflows/judge.yml").read_text())
    assert workflow["env"]["JUDGE_PACKAGE"] == str(wheel)
    install = next(
        s["run"] for s in workflow["jobs"]["judge"]["steps"] if s.get("name") == "Install the judge"
    )

    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", venv])
    bin_ = venv / "bin"
    env = clean_env(PATH=f"{bin_}{os.pathsep}{os.environ['PATH']}", **workflow["env"])
    installed = time.perf_counter()
    run(["bash", "-e", "-c", install], env=env, cwd=practice, timeout=600)
    print(f"venv {installed - began:.1f} s, install step {time.perf_counter() - installed:.1f} s")

    where = run([bin_ / "python", "-c", "import judge, judge_problems; print(judge.__file__)"], cwd=practice)
    assert Path(where.stdout.strip()).is_relative_to(venv)  # the wheel's copy, not the repository's
    for command in ([bin_ / "judge"], [bin_ / "python", "-m", "judge"]):
        version = run([*command, "--version"], env=env, cwd=practice)
        assert version.stdout == f"{DISTRIBUTION} 0.1.0 (command: judge)\n"
    listed = json.loads(run([bin_ / "judge", "list", "--json"], env=env, cwd=practice).stdout)
    assert {p["slug"] for p in listed} == {p.parent.name for p in PROBLEMS.glob("*/problem.toml")}

    judged = time.perf_counter()
    done = run(
        [bin_ / "judge", "run", "binary_search", ACCEPTED, "--no-growth", "--examples", "5", "--json"],
        env=env,
        cwd=practice,
    )
    report = json.loads(done.stdout)
    assert report["verdict"] == "accepted" and report["problem"] == "binary_search"
    print(f"judged in {time.perf_counter() - judged:.1f} s; whole test {time.perf_counter() - began:.1f} s")
