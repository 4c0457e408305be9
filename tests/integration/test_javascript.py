"""JavaScript solutions, judged in node's sandbox against the same problems and tests."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys

from judge import registry
from judge.engine import RunOptions, backend_for, judge_solution
from judge.report import Report
from tests.conftest import PROBLEMS

TWO_SUM = PROBLEMS / "two_sum" / "submissions"


def judged(slug: str, source: str, docker_backend, name: str = "solution.js", **options) -> Report:
    options = {"property_examples": 20, "growth": False, **options}
    backend = backend_for(docker_backend, PROBLEMS / name)
    return judge_solution(registry.get(slug), source.encode(), name, backend, RunOptions(**options))


def test_a_syntax_error_is_a_compile_error_naming_its_line(docker_backend):
    report = judged("two_sum", (TWO_SUM / "compile_error" / "missing_paren.js").read_text(), docker_backend)
    assert report.verdict.value == "compile_error"
    assert report.failure is not None and "SyntaxError" in report.failure.reason
    assert "(line 8)" in report.failure.reason


def test_an_exception_names_the_solution_s_own_line(docker_backend):
    source = (TWO_SUM / "runtime_error" / "map_of_undefined.js").read_text()
    report = judged("two_sum", source, docker_backend)
    assert report.verdict.value == "runtime_error"
    assert report.failure is not None and report.failure.error is not None
    assert report.failure.error["type"] == "TypeError"
    trace = report.failure.error["traceback"]
    assert "at twoSum (solution.js:4:" in trace
    assert "Harness" not in trace and "harness" not in trace  # only the solution's own frames


def test_console_output_is_shown_with_a_wrong_answer_and_the_language_is_reported(docker_backend):
    source = "var twoSum = function(nums, target) { console.log('looking at', nums.length); return [0, 0]; };"
    report = judged("two_sum", source, docker_backend)
    assert report.verdict.value == "wrong_answer"
    assert report.failure is not None and "looking at" in report.failure.stdout
    assert report.language == "javascript" and report.to_json()["language"] == "javascript"


def test_a_class_solution_with_methods_is_found_too(docker_backend):
    source = """
class Solution {
    twoSum(nums, target) {
        const seen = new Map();
        for (let i = 0; i < nums.length; i++) {
            if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
            seen.set(nums[i], i);
        }
    }
}"""
    assert judged("two_sum", source, docker_backend).verdict.value == "accepted"


def test_a_missing_function_is_a_compile_error_naming_it(docker_backend):
    report = judged("two_sum", "var twoSums = function(nums, target) { return [0, 1]; };", docker_backend)
    assert report.verdict.value == "compile_error"
    assert report.failure is not None and "function twoSum" in report.failure.reason


def test_check_judges_javascript_and_python_side_by_side_and_history_keeps_the_language(engine, tmp_path):
    solutions = tmp_path / "solutions"
    solutions.mkdir()
    (solutions / "two_sum.js").write_text((TWO_SUM / "accepted" / "hash_map.js").read_text())
    (solutions / "0001-two-sum.py").write_text((TWO_SUM / "accepted" / "class_one_pass.py").read_text())
    env = {**os.environ, "JUDGE_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-m", "judge", "check", str(solutions), "--json", "-j", "1"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    reports = json.loads(done.stdout)
    assert sorted(r["language"] for r in reports) == ["javascript", "python"]
    assert {r["verdict"] for r in reports} == {"accepted"}
    run = subprocess.run(
        [sys.executable, "-m", "judge", "run", "two_sum", str(solutions / "two_sum.js"), "--no-growth"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert run.returncode == 0, run.stderr
    with sqlite3.connect(tmp_path / "home" / "history.sqlite3") as db:
        assert ("two_sum", "javascript") in set(db.execute("SELECT problem, language FROM attempts"))


def test_watch_judges_a_javascript_file_in_node(engine, tmp_path):
    from tests.integration.test_practice_loop import Output

    solution = tmp_path / "two_sum.js"
    solution.write_text((TWO_SUM / "accepted" / "hash_map.js").read_text())
    command = [sys.executable, "-m", "judge", "watch", "two_sum", str(solution), "--no-growth"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out = Output(process)
        out.wait_for("judged in", out.wait_for("Accepted (AC)"))
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=60)
    assert process.returncode == 130
