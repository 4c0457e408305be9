"""`judge init`: the files of a new practice repository, and the commands they run."""

from __future__ import annotations

import re
import shlex

import click
import pytest
import yaml

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
    assert runs[0] == 'pip install "$JUDGE_PACKAGE"'
    assert any(r.startswith("judge check solutions --junit judge-results.xml") for r in runs)
    published = next(s for s in steps if s.get("uses", "").startswith("mikepenz/action-junit-report"))
    assert published["with"]["report_paths"] == "judge-results.xml" and published["if"] == "always()"
    hooks = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text())
    hook = hooks["repos"][0]["hooks"][0]
    assert hook["entry"] == "judge check" and hook.get("pass_filenames", True)
    assert re.match(hook["files"], "solutions/two_sum.py") and not re.match(hook["files"], "README.md")
    assert (tmp_path / "solutions").is_dir()


def test_every_judge_command_init_writes_is_one_the_cli_accepts(tmp_path):
    scaffold(tmp_path)
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


@pytest.mark.parametrize(
    ("recorded", "spec"),
    [
        (
            '{"url": "https://example.org/judge.git", "vcs_info": {"vcs": "git", "commit_id": "abc123"}}',
            "git+https://example.org/judge.git@abc123",
        ),
        (
            '{"url": "https://example.org/judge.git", "vcs_info": {"vcs": "git", "requested_revision": "v1",'
            ' "commit_id": "abc123"}}',
            "git+https://example.org/judge.git@v1",
        ),
        ('{"url": "file:///home/me/judge", "dir_info": {"editable": true}}', None),  # CI cannot reach it
        (None, None),
        ("not json", None),
    ],
)
def test_the_workflow_installs_the_judge_from_where_pip_recorded_it(monkeypatch, recorded, spec):
    monkeypatch.setattr(scaffold_module.metadata, "distribution", lambda name: Distribution(recorded))
    assert scaffold_module.installed_from() == spec
