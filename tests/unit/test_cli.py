"""The CLI's usage errors and problem commands (no Docker needed)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from judge import cli as cli_module
from judge.cli import cli, main


def invoke(*args: str, **kw):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, **kw)


def run_main(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def test_list_shows_binary_search():
    result = invoke("list")
    assert result.exit_code == 0
    assert "binary_search" in result.output and "Binary Search" in result.output


def test_list_json_has_the_documented_keys():
    rows = json.loads(invoke("list", "--json").output)
    row = next(r for r in rows if r["slug"] == "binary_search")
    assert row == {
        "slug": "binary_search",
        "title": "Binary Search",
        "difficulty": "easy",
        "tags": ["binary-search"],
        "leetcode": 704,
        "function": "search",
    }


def test_show_prints_statement_and_signature():
    result = invoke("show", "binary_search")
    assert "def search(self, nums: List[int], target: int) -> int:" in result.output
    assert "## Examples" in result.output


def test_unknown_problem_suggests_the_nearest(capsys):
    status, _, err = run_main(capsys, "run", "binary_serch", "x.py")
    assert status == 2
    assert "binary_search" in err and "Traceback" not in err


def test_missing_file_is_a_usage_error(capsys, tmp_path):
    status, _, err = run_main(capsys, "run", "binary_search", str(tmp_path / "nope.py"))
    assert status == 2 and "No such file" in err


def test_binary_file_is_a_usage_error(capsys, tmp_path):
    path = tmp_path / "a.out"
    path.write_bytes(b"\x7fELF\x00\x00\x01")
    status, _, err = run_main(capsys, "run", "binary_search", str(path))
    assert status == 2 and "binary" in err


def test_enormous_file_is_a_usage_error(capsys, tmp_path):
    path = tmp_path / "big.py"
    path.write_text("x = 1\n" * 400_000)
    status, _, err = run_main(capsys, "run", "binary_search", str(path))
    assert status == 2 and "at most" in err


def test_new_writes_a_starter_and_refuses_to_overwrite(tmp_path, capsys):
    target = tmp_path / "bs.py"
    status, _, _ = run_main(capsys, "new", "binary_search", str(target))
    assert status == 0
    text = target.read_text()
    compile(text, "bs.py", "exec")
    assert "def search(self, nums: List[int], target: int) -> int:" in text
    assert "nums = [-1,0,3,5,9,12], target = 9  ->  4" in text
    status, _, err = run_main(capsys, "new", "binary_search", str(target))
    assert status == 2 and "already exists" in err
    assert target.read_text() == text


def test_every_command_has_help():
    for name, command in cli.commands.items():
        assert command.help, name
        assert invoke(name, "--help").exit_code == 0


def test_docker_unreachable_is_exit_3(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("DOCKER_HOST", f"unix://{tmp_path}/none.sock")
    solution = tmp_path / "s.py"
    solution.write_text("def search(nums, target):\n    return -1\n")
    status, _, err = run_main(capsys, "run", "binary_search", str(solution))
    assert status == 3 and "Docker is not reachable" in err


def test_missing_image_is_exit_3_with_the_fix(capsys, monkeypatch, tmp_path):
    class NoImage:
        def require_image(self, image=None):
            from judge.errors import SandboxUnavailable

            raise SandboxUnavailable("The sandbox image x is missing. Build it with `judge sandbox build`.")

    monkeypatch.setattr("judge.sandbox.docker.DockerEngine.connect", classmethod(lambda cls, **kw: NoImage()))
    solution = tmp_path / "s.py"
    solution.write_text("def search(nums, target):\n    return -1\n")
    status, _, err = run_main(capsys, "run", "binary_search", str(solution))
    assert status == 3 and "judge sandbox build" in err
    assert cli_module.EXIT_ENVIRONMENT == 3
