"""Which language a solution file is in, and a clear refusal where the judge cannot run it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from judge import languages
from judge.cli import main
from judge.errors import UsageError
from judge.sandbox.image import dockerfile_dir, mmdebstrap_command


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("binary_search.py", "python"),
        ("Solution.java", "java"),
        ("two_sum.cpp", "cpp"),
        ("two_sum.CC", "cpp"),
        ("twoSum.js", "javascript"),
        ("two_sum.mjs", "javascript"),
        ("two_sum", "python"),  # no ending: Python, as it always was
    ],
)
def test_the_language_comes_from_the_file_s_ending(name, language):
    assert languages.of_file(Path(name)).name == language


def test_language_overrides_the_ending():
    assert languages.of_file(Path("notes.txt"), "python") is languages.PYTHON
    assert languages.of_file(Path("a.py"), "JAVA").name == "java"


def test_an_unknown_ending_or_name_is_a_usage_error():
    with pytest.raises(UsageError, match=r"\.rb is not a language the judge knows.*--language"):
        languages.of_file(Path("s.rb"))
    with pytest.raises(UsageError, match="no language 'cobol'"):
        languages.by_name("cobol")


def test_only_languages_with_a_harness_are_judged():
    assert languages.judged(languages.PYTHON, Path("a.py")) is languages.PYTHON
    planned = languages.Language(name="go", title="Go", extensions=(".go",), image="x", packages=())
    with pytest.raises(UsageError, match=re.escape("Go solutions cannot be judged yet")):
        languages.judged(planned, Path("main.go"))


def test_python_java_cpp_and_javascript_are_judged():
    assert {lang.name for lang in languages.LANGUAGES.values() if lang.judged} == {
        "python",
        "java",
        "cpp",
        "javascript",
    }


def run_main(capsys, *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    return int(exit_info.value.code), capsys.readouterr().err


@pytest.mark.parametrize("command", ["run", "watch", "new"])
def test_a_file_in_a_language_the_judge_does_not_know_gets_one_line_and_status_2(capsys, tmp_path, command):
    solution = tmp_path / ("new.go" if command == "new" else "main.go")
    if command != "new":
        solution.write_text("package main\n\nfunc twoSum(nums []int, target int) []int { return nil }\n")
    status, err = run_main(capsys, command, "two_sum", str(solution))
    assert status == 2
    (line,) = err.strip().splitlines()
    assert line.startswith(f"judge: {solution}: .go is not a language the judge knows (.py (Python), ")
    assert line.endswith("--language says which one it is")
    assert command != "new" or not solution.exists()


@pytest.mark.parametrize("lang", list(languages.LANGUAGES.values()), ids=lambda lang: lang.name)
def test_every_language_has_an_image_definition(lang):
    dockerfile = (dockerfile_dir(lang) / "Dockerfile").read_text()
    assert all(package in dockerfile for package in lang.packages)
    command = mmdebstrap_command(Path("/tmp/rootfs.tar"), lang)
    assert f"--include={','.join(lang.packages)}" in command
    assert len({other.image for other in languages.LANGUAGES.values()}) == len(languages.LANGUAGES)


def test_the_process_backend_runs_python_only():
    from judge.errors import SandboxUnavailable
    from judge.sandbox.process import ProcessBackend

    backend = ProcessBackend()
    assert backend.for_language(languages.PYTHON) is backend
    with pytest.raises(SandboxUnavailable, match="runs Python only, not Java"):
        backend.for_language(languages.by_name("java"))
