"""Golden folders: every file under problems/*/submissions/<verdict>/ gets that verdict
(not_optimal/: accepted, and reported slower than the follow-up asks)."""

from __future__ import annotations

import pytest

from judge import languages, registry
from judge.engine import RunOptions, backend_for, judge_solution
from judge.verify import outcome
from tests.conftest import PROBLEMS

# in every language the judge runs: Python's, and a handful of problems in the others
SUBMISSIONS = sorted(p for p in PROBLEMS.glob("*/submissions/*/*") if p.suffix in languages.judged_endings())


def test_every_problem_has_submissions():
    for slug in registry.slugs():
        verdicts = {p.parent.name for p in (PROBLEMS / slug / "submissions").glob("*/*.py")}
        assert {"accepted", "wrong_answer"} <= verdicts, slug


# Verdicts that rest on timing. On a shared 2-core machine one run of a timing
# measurement can be disturbed, so a mismatch between two of these is judged again
# (fresh runs, other seeds) before it counts; answers are never retried. Two more runs:
# a borderline not-optimal verdict comes up 4 times in 5 with a core busy
# (bench/growth_stability.py), and one retry left a 1-in-25 chance of failing CI.
TIMING_VERDICTS = {"accepted", "not_optimal", "too_slow", "time_limit_exceeded"}
TIMING_RETRIES = 2


@pytest.mark.parametrize(
    "path", SUBMISSIONS, ids=[f"{p.parts[-4]}/{p.parts[-2]}/{p.name}" for p in SUBMISSIONS]
)
def test_submission_gets_the_verdict_its_folder_names(path, docker_backend):
    problem = registry.get(path.parts[-4])
    wanted = path.parent.name
    backend = backend_for(docker_backend, path)
    report = judge_solution(
        problem, path.read_bytes(), path.name, backend, RunOptions(seed=0, property_examples=50)
    )
    for seed in range(1, TIMING_RETRIES + 1):
        if outcome(report) == wanted or not {outcome(report), wanted} <= TIMING_VERDICTS:
            break
        report = judge_solution(
            problem, path.read_bytes(), path.name, backend, RunOptions(seed=seed, property_examples=50)
        )
    assert outcome(report) == wanted, (report.failure, report.complexity)
