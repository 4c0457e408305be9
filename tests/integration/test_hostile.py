"""Hostile solutions (tests/hostile): each gets a verdict it names, and leaves nothing behind."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from judge import registry
from judge.engine import RunOptions, backend_for, judge_solution
from tests.conftest import HOSTILE

# Every language's: Python's, and js_*.js, java_*.java, cpp_*.cpp for what is new in each
FILES = sorted(p for suffix in ("py", "js", "java", "cpp") for p in HOSTILE.glob(f"*.{suffix}"))


def expected_verdicts(path: Path) -> set[str]:
    first = path.read_bytes().splitlines()[0].decode("ascii")
    comment = "# " if path.suffix == ".py" else "// "
    assert first.startswith(f"{comment}expect: "), (
        f"{path.name} must start with '{comment}expect: VERDICT...'"
    )
    return set(first.removeprefix(f"{comment}expect: ").split())


@pytest.mark.parametrize(("suffix", "least"), [(".py", 30), (".js", 9), (".java", 12), (".cpp", 10)])
def test_every_language_has_a_hostile_suite(suffix, least):
    assert len([f for f in FILES if f.suffix == suffix]) >= least


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_hostile_solution_gets_its_verdict(path, docker_backend, tmp_path):
    canary = tmp_path / "canary"
    canary.write_text("untouched")
    # What is tested is the kill at the limit, not the limit's size: a bomb reaches 256 MB
    # well within the time limit even on a busy machine, where touching binary_search's
    # 1 GB can take longer than the 1 s a call has (a TLE, not the MLE the file names).
    problem = replace(registry.get("binary_search"), memory_mb=256)
    report = judge_solution(
        problem,
        path.read_bytes(),
        path.name,
        backend_for(docker_backend, path),
        RunOptions(property_examples=20, growth="too_slow" in expected_verdicts(path)),
    )
    assert report.verdict.value in expected_verdicts(path), report.failure
    assert canary.read_text() == "untouched"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("background_threads", "it left 1 thread running after its call returned: "),
        ("setsid_daemon", "it left 1 process running after loading: "),
    ],
)
def test_work_left_running_is_named_in_the_reason(name, reason, docker_backend):
    report = judge_solution(
        registry.get("binary_search"),
        (HOSTILE / f"{name}.py").read_bytes(),
        f"{name}.py",
        docker_backend,
        RunOptions(property_examples=0, growth=False),
    )
    assert report.verdict.value == "runtime_error"
    assert report.failure is not None
    assert report.failure.reason == reason + "a solution's work must end when its call does"
