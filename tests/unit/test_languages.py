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
    for lang in languages.LANGUAGES.values():
        if not lang.judged:
            with pytest.raises(UsageError, match=re.escape(f"{lang.title} solutions cannot be judged yet")):
                languages.judged(lang, Path("x"))


def run_main(capsys, *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    return int(exit_info.value.code), capsys.readouterr().err


@pytest.mark.parametrize("command", ["run", "watch", "new"])
def test_a_java_file_gets_one_line_and_status_2_not_a_python_compile_error(capsys, tmp_path, command):
    solution = tmp_path / ("New.java" if command == "new" else "Solution.java")
    if command != "new":
        solution.write_text("class Solution { public int[] twoSum(int[] nums, int target) { return null; } }")
    status, err = run_main(capsys, command, "two_sum", str(solution))
    assert status == 2
    assert err.strip().splitlines() == [
        f"judge: {solution}: Java solutions cannot be judged yet (the judge runs Python, JavaScript); "
        "the Java harness is planned"
    ]
    assert command != "new" or not solution.exists()


@pytest.mark.parametrize("lang", list(languages.LANGUAGES.values()), ids=lambda lang: lang.name)
def test_every_language_has_an_image_definition(lang):
    dockerfile = (dockerfile_dir(lang) / "Dockerfile").read_text()
    assert all(package in dockerfile for package in lang.packages)
    command = mmdebstrap_command(Path("/tmp/rootfs.tar"), lang)
    assert f"--include={','.join(lang.packages)}" in command
    assert len({other.image for other in languages.LANGUAGES.values()}) == len(languages.LANGUAGES)
