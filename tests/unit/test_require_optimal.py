"""`judge check --require-optimal` and `require_optimal = true` in judge.toml: an accepted
solution slower than the follow-up passes a check only where neither asks for more."""

from __future__ import annotations

from dataclasses import replace
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from judge import cli as cli_module
from judge import discovery, history
from judge.cli import cli
from judge.errors import UsageError
from judge.junit import junit_xml
from judge.report import Complexity, Report, Verdict
from tests.unit.sample_reports import report

SLOWER = Complexity("O(n^2)", "O(n^2)", True, optimal=False, follow_up="O(n log n)")


def not_optimal() -> Report:
    return replace(report(Verdict.ACCEPTED, problem="longest_increasing_subsequence"), complexity=SLOWER)


@pytest.fixture()
def repository(tmp_path, monkeypatch):
    """A practice repository of one solution, judged as accepted but not optimal."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "longest_increasing_subsequence.py").write_text("pass\n")
    monkeypatch.setenv(history.ENV_HOME, str(tmp_path / "home"))
    monkeypatch.setattr(
        cli_module, "_judge_found", lambda todo, *a, **k: [(item, not_optimal()) for item in todo]
    )
    return tmp_path


def check(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["check", *args])
    return result.exit_code, result.output


def test_not_optimal_passes_a_check_and_is_marked(repository):
    code, out = check(str(repository))
    assert code == 0, out
    assert "AC (not optimal)" in out and "1/1 accepted (1 not optimal)" in out


def test_require_optimal_fails_it(repository):
    code, _ = check(str(repository), "--require-optimal")
    assert code == 1


def test_judge_toml_can_require_it(repository):
    (repository / "judge.toml").write_text("require_optimal = true\n")
    assert check(str(repository))[0] == 1
    (repository / "judge.toml").write_text("require_optimal = false\n")
    assert check(str(repository))[0] == 0


def test_a_require_optimal_that_is_not_a_bool_is_a_usage_error(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "judge.toml").write_text('require_optimal = "yes"\n')
    with pytest.raises(UsageError, match="true or false"):
        discovery.require_optimal(tmp_path)
    other = tmp_path / "other"
    (other / ".git").mkdir(parents=True)
    assert discovery.require_optimal(other) is False  # no judge.toml in its repository


def test_junit_counts_not_optimal_as_a_failure_only_when_required():
    results = [("s.py", not_optimal())]
    relaxed = ET.fromstring(junit_xml(results))
    assert relaxed.get("failures") == "0"
    strict = ET.fromstring(junit_xml(results, require_optimal=True))
    assert strict.get("failures") == "1"
    message = strict.find(".//failure").get("message")
    assert message == "Accepted (AC) — growth O(n^2); the follow-up asks O(n log n)"
