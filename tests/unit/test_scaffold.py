"""`judge init`: the files of a new practice repository, and the commands they run."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from importlib import metadata
from pathlib import Path

import click
import pytest
import yaml
from click.testing import CliRunner

from judge import DISTRIBUTION
from judge import scaffold as scaffold_module
from judge.cli import cli
from judge.scaffold import scaffold


def judge_commands(text: str) -> list[list[str]]:
    return [
        shlex.split(line, comments=True) for line in text.splitlines() if line.strip().startswith("judge ")
    ]


def test_init_writes_valid_files_and_keeps_existing(tmp_path):
    (tmp_path / "README.md").write_text("mine")
    written = {
        p.relative_to(tmp_path).as_posix() for p in scaffold(tmp_path, 'git+https://example.org/judge@v1 "x"')
    }
    assert "README.md" not in written and (tmp_path / "README.md").read_text() == "mine"
    workflow = yaml.safe_load((tmp_path / ".github/workflows/judge.yml").read_text())
    assert workflow["env"]["JUDGE_PACKAGE"] == 'git+https://example.org/judge@v1 "x"'
    assert workflow["permissions"]["checks"] == "write"
    steps = workflow["jobs"]["judge"]["steps"]
    runs = [s["run"] for s in steps if "run" in s]
    assert runs[0].rstrip().endswith('pip install "$JUDGE_PACKAGE"')
    assert any(r.startswith("judge check solutions --junit judge-results.xml") for r in runs)
    published = next(s for s in steps if s.get("uses", "").startswith("mikepenz/action-junit-report"))
    assert published["with"]["report_paths"] == "judge-results.xml" and published["if"] == "always()"
    hooks = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text())
    hook = hooks["repos"][0]["hooks"][0]
    assert hook["entry"] == "judge check" and hook.get("pass_filenames", True)
    assert re.match(hook["files"], "solutions/two_sum.py") and not re.match(hook["files"], "README.md")
    assert (tmp_path / "solutions").is_dir()


def test_every_judge_command_init_writes_is_one_the_cli_accepts(tmp_path):
    scaffold(tmp_path, None)
    workflow = yaml.safe_load((tmp_path / ".github/workflows/judge.yml").read_text())
    hook = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text())["repos"][0]["hooks"][0]
    commands = [
        shlex.split(s["run"])
        for s in workflow["jobs"]["judge"]["steps"]
        if s.get("run", "").startswith("judge")
    ]
    commands.append(shlex.split(hook["entry"]))
    commands += judge_commands((tmp_path / "README.md").read_text())
    assert len(commands) >= 8
    for words in commands:
        assert words[0] == "judge"
        parse(words[1:])  # raises on an unknown command or option, or a missing argument
    with pytest.raises(click.UsageError):  # as it does for a command that is not real
        parse(["check", "--no-such-flag"])
    with pytest.raises(click.UsageError):
        parse(["sandbox", "rebuild"])


def parse(args: list[str]) -> click.Context:
    command: click.Command = cli
    with click.Context(cli) as root:
        while isinstance(command, click.Group):
            name, *args = args
            found = command.get_command(root, name)
            if found is None:
                raise click.UsageError(f"no command {name}")
            command = found
        return command.make_context(command.name or "", args, parent=root)


class Distribution:
    def __init__(self, direct_url: str | None) -> None:
        self.direct_url = direct_url

    def read_text(self, name: str) -> str | None:
        assert name == "direct_url.json"
        return self.direct_url


def recorded_as(monkeypatch, direct_url: str | None) -> None:
    def distribution(name: str) -> Distribution:
        assert name == DISTRIBUTION  # the distribution's own name, not the import package's
        return Distribution(direct_url)

    monkeypatch.setattr(scaffold_module.metadata, "distribution", distribution)


GIT = '{"url": "https://example.org/judge.git", "vcs_info": {"vcs": "git", "commit_id": "abc123"%s}}'


@pytest.mark.parametrize(
    ("recorded", "spec"),
    [
        (GIT % "", "git+https://example.org/judge.git@abc123"),
        (GIT % ', "requested_revision": "main"', "git+https://example.org/judge.git@abc123"),  # as installed
        (
            '{"url": "ssh://git@example.org/judge.git", "vcs_info": {"vcs": "git"}}',
            "git+ssh://git@example.org/judge.git",
        ),
        (
            '{"url": "https://example.org/dl/interview_judge-0.1.0-py3-none-any.whl", "archive_info": {}}',
            "https://example.org/dl/interview_judge-0.1.0-py3-none-any.whl",
        ),
        # Places a CI machine cannot reach: a folder, a local clone, a wheel on this disk.
        ('{"url": "file:///home/me/judge", "dir_info": {"editable": true}}', None),
        ('{"url": "file:///home/me/judge", "vcs_info": {"vcs": "git", "commit_id": "abc123"}}', None),
        ('{"url": "file:///tmp/interview_judge-0.1.0-py3-none-any.whl", "archive_info": {}}', None),
        (None, None),
        ("not json", None),
        ("[1, 2]", None),
    ],
)
def test_the_workflow_installs_the_judge_from_where_pip_recorded_it(monkeypatch, recorded, spec):
    recorded_as(monkeypatch, recorded)
    assert scaffold_module.installed_from() == spec


def test_not_installed_under_its_name_is_nothing_recorded(monkeypatch):
    def missing(name: str) -> None:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(scaffold_module.metadata, "distribution", missing)
    assert scaffold_module.installed_from() is None


@pytest.mark.parametrize(
    ("recorded", "published", "default"),
    [
        (GIT % "", False, "git+https://example.org/judge.git@abc123"),
        (GIT % "", True, "git+https://example.org/judge.git@abc123"),  # the very judge beats the index
        (None, True, DISTRIBUTION),
        (None, False, None),  # no source that would install this judge: none is made up
        ('{"url": "file:///home/me/judge", "dir_info": {"editable": true}}', False, None),
    ],
)
def test_the_default_source_is_one_that_exists(monkeypatch, recorded, published, default):
    recorded_as(monkeypatch, recorded)
    monkeypatch.setattr(scaffold_module, "PUBLISHED", published)
    assert scaffold_module.default_package() == default


def init(tmp_path: Path, *args: str):
    return CliRunner().invoke(cli, ["init", str(tmp_path), *args], catch_exceptions=False)


def workflow_package(root: Path) -> str:
    return yaml.safe_load((root / ".github/workflows/judge.yml").read_text())["env"]["JUDGE_PACKAGE"]


def test_init_without_a_source_says_what_to_set_and_writes_no_default(monkeypatch, tmp_path):
    recorded_as(monkeypatch, '{"url": "file:///work/judge", "dir_info": {"editable": true}}')
    monkeypatch.setattr(scaffold_module, "PUBLISHED", False)
    result = init(tmp_path)
    assert result.exit_code == 0
    assert workflow_package(tmp_path) == ""
    assert "JUDGE_PACKAGE" in result.stderr and "judge init --package SOURCE" in result.stderr
    assert "judge.yml" in result.stdout and "JUDGE_PACKAGE" not in result.stdout
    again = init(tmp_path)  # nothing written: nothing to say about the workflow
    assert "nothing changed" in again.stdout and "JUDGE_PACKAGE" not in again.stderr


def test_init_writes_the_recorded_repository(monkeypatch, tmp_path):
    recorded_as(monkeypatch, GIT % "")
    result = init(tmp_path)
    assert workflow_package(tmp_path) == "git+https://example.org/judge.git@abc123"
    assert "JUDGE_PACKAGE" not in result.stderr


def test_init_package_wins_over_everything(monkeypatch, tmp_path):
    recorded_as(monkeypatch, GIT % "")
    monkeypatch.setattr(scaffold_module, "PUBLISHED", True)
    result = init(tmp_path, "--package", "https://example.org/judge.whl")
    assert workflow_package(tmp_path) == "https://example.org/judge.whl" and not result.stderr


def install_step(root: Path) -> str:
    steps = yaml.safe_load((root / ".github/workflows/judge.yml").read_text())["jobs"]["judge"]["steps"]
    return next(s["run"] for s in steps if s.get("name") == "Install the judge")


def run_step(script: str, package: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """The step under bash, as GitHub runs it, with a `pip` that only says what it was asked."""
    fake = tmp_path / "bin"
    fake.mkdir(exist_ok=True)
    (fake / "pip").write_text('#!/bin/sh\necho "pip called: $*"\n')
    (fake / "pip").chmod(0o755)
    env = {**os.environ, "PATH": f"{fake}{os.pathsep}{os.environ['PATH']}", "JUDGE_PACKAGE": package}
    return subprocess.run(
        ["bash", "-e", "-c", script], env=env, capture_output=True, text=True, timeout=30, check=False
    )


def test_the_install_step_stops_loudly_until_the_package_is_set(tmp_path):
    scaffold(tmp_path, None)
    script = install_step(tmp_path)
    unset = run_step(script, workflow_package(tmp_path), tmp_path)
    assert unset.returncode == 1 and "::error::set JUDGE_PACKAGE" in unset.stdout
    assert "pip called" not in unset.stdout  # nothing is installed, least of all someone else's `judge`
    chosen = run_step(script, "git+https://example.org/judge.git@abc123", tmp_path)
    assert (
        chosen.returncode == 0
        and chosen.stdout == "pip called: install git+https://example.org/judge.git@abc123\n"
    )


def test_the_version_names_the_distribution_and_the_command():
    result = CliRunner().invoke(cli, ["--version"], prog_name="judge")
    assert result.exit_code == 0
    assert result.output == f"{DISTRIBUTION} {metadata.version(DISTRIBUTION)} (command: judge)\n"
    assert DISTRIBUTION != "judge"
