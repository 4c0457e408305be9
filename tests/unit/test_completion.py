"""Shell completion (click's): commands, options, problem slugs and files."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.shell_completion import ShellComplete
from click.testing import CliRunner

from judge import registry
from judge.cli import cli


def complete(line: str) -> list[tuple[str, str]]:
    """What Tab offers after `judge LINE` (the last word is the one being typed)."""
    *args, incomplete = line.split(" ")
    completer = ShellComplete(cli, {}, "judge", "_JUDGE_COMPLETE")
    return [(item.type, item.value) for item in completer.get_completions(args, incomplete)]


def values(line: str) -> list[str]:
    return [value for kind, value in complete(line) if kind == "plain"]


def test_commands_complete():
    assert {"run", "watch", "show", "new", "check", "init", "sandbox"} <= set(values(""))
    assert values("wa") == ["watch"]
    assert set(values("sandbox ")) == {"build", "prune"}


def test_options_complete():
    assert {"--no-growth", "--examples", "--seed", "--json", "--plot"} <= set(values("run --"))
    assert values("run binary_search x.py --no") == ["--no-growth"]


@pytest.mark.parametrize("command", ["run", "show", "new", "watch", "verify", "audit"])
def test_every_slug_argument_completes_the_library_s_slugs(command):
    assert values(f"{command} ") == registry.slugs()
    assert values(f"{command} binary_s") == ["binary_search"]
    assert values(f"{command} no_such_") == []


def test_more_slugs_complete_after_one():
    assert "binary_search" in values("verify two_sum ")


def test_files_complete_as_files():
    assert complete("run binary_search sol") == [("file", "sol")]
    assert complete("new binary_search ") == [("file", "")]


def test_bash_gets_a_script_and_completions_from_the_environment_variable():
    runner = CliRunner()
    script = runner.invoke(cli, [], prog_name="judge", env={"_JUDGE_COMPLETE": "bash_source"})
    assert "_JUDGE_COMPLETE=bash_complete" in script.output and "complete -o nosort -F" in script.output
    env = {"_JUDGE_COMPLETE": "bash_complete", "COMP_WORDS": "judge show binary_s", "COMP_CWORD": "2"}
    answered = runner.invoke(cli, [], prog_name="judge", env=env)
    assert answered.output == "plain,binary_search\n"


def test_completion_is_quick_and_loads_no_problem():
    """One Tab is one process start; a slug's completion must not load the problems."""
    code = (
        "import sys, time; t = time.perf_counter(); from judge.completion import complete_slug; "
        "items = complete_slug(None, None, 'b'); "
        "assert items and all(i.value.startswith('b') for i in items); "
        "assert not [m for m in sys.modules if m.startswith(('judge_problems.', 'hypothesis', 'docker'))]; "
        "print(time.perf_counter() - t)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert float(done.stdout) < 1.0, done.stdout
