"""Golden folders: every file under problems/*/submissions/<verdict>/ gets that verdict."""

from __future__ import annotations

import pytest

from judge import registry
from judge.engine import RunOptions, judge_solution
from tests.conftest import PROBLEMS

SUBMISSIONS = sorted(PROBLEMS.glob("*/submissions/*/*.py"))


def test_every_problem_has_submissions():
    for slug in registry.slugs():
        verdicts = {p.parent.name for p in (PROBLEMS / slug / "submissions").glob("*/*.py")}
        assert {"accepted", "wrong_answer"} <= verdicts, slug


@pytest.mark.parametrize(
    "path", SUBMISSIONS, ids=[f"{p.parts[-4]}/{p.parts[-2]}/{p.stem}" for p in SUBMISSIONS]
)
def test_submission_gets_the_verdict_its_folder_names(path, docker_backend):
    problem = registry.get(path.parts[-4])
    report = judge_solution(
        problem, path.read_bytes(), path.name, docker_backend, RunOptions(seed=0, property_examples=50)
    )
    assert report.verdict.value == path.parent.name, report.failure
