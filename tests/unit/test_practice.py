from __future__ import annotations

import datetime as dt
import multiprocessing
import re
import shlex
import threading
import time
import xml.etree.ElementTree as ET

import click
import pytest
import yaml

from judge import history
from judge.cli import cli
from judge.junit import junit_xml
from judge.practice import annotation, failure_line
from judge.report import Failure, Group, Report, Timing, Verdict
from judge.scaffold import scaffold
from judge.watch import watch
from tests.junit_schema import breaches


def report(verdict: Verdict, problem: str = "binary_search", **failure) -> Report:
    f = (
        Failure(group="hidden", case="2", input={"nums": [1]}, expected=0, got=1, **failure)
        if failure
        else None
    )
    return Report(
        problem=problem,
        solution="s.py",
        verdict=verdict,
        groups=(Group("hidden", 1, 2),),
        failure=f,
        timing=Timing(calls=2, median_ns=10, max_ns=20, wall_s=0.25),
    )


def test_junit_is_valid_counts_match_and_control_characters_are_escaped():
    results = [
        ("a.py", report(Verdict.ACCEPTED)),
        ("b.py", report(Verdict.WRONG_ANSWER, stdout="bell\x07 and nul\x00", reason="1 differs from 0")),
        (
            "c.py",
            report(
                Verdict.RUNTIME_ERROR,
                error={"type": "E", "message": "m", "traceback": 'File "c.py", line 7, in f'},
            ),
        ),
        ("d\udcff.py", report(Verdict.JUDGE_ERROR, reason="docker went away")),
    ]
    document = junit_xml(results, unknown=[("notes.py", "name it SLUG.py")])
    assert breaches(document) == []
    suite = ET.fromstring(document.split("\n", 1)[1]).find("testsuite")
    counts = {k: suite.get(k) for k in ("tests", "failures", "errors", "skipped")}
    assert counts == {"tests": "5", "failures": "2", "errors": "1", "skipped": "1"}
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == ["binary_search"] * 4 + ["(no problem)"]
    body = cases[1].find("failure").text
    assert "input     nums = [1]" in body and "expected  0" in body and "got       1" in body
    assert "\\u0007" in body and "\x07" not in body
    assert cases[3].find("error") is not None and cases[4].find("skipped") is not None


def test_the_schema_checker_refuses_what_the_schema_does():
    assert breaches(
        '<testsuites><testsuite name="s" tests="1" failures="0" errors="0">'
        '<testcase name="t" file="x.py"/></testsuite></testsuites>'
    ) == ["<testcase> has no attribute 'file'"]
    assert breaches('<testsuite name="s" tests="1" failures="0"><testcase/></testsuite>') == [
        "<testsuite> lacks 'errors'",
        "<testcase> lacks 'name'",
    ]
    assert breaches(
        '<testsuites time="1 s"><testsuite name="s" tests="0" failures="0" errors="0">'
        "<result/></testsuite></testsuites>"
    ) == [
        "<testsuites> time='1 s' is not a decimal",
        "<result> inside <testsuite>",
        "unknown element <result>",
    ]


SOURCE = """from typing import List


class Solution:
    def search(self, nums: List[int], target: int) -> int:
        return helper(nums, target)
"""


def test_failure_line_is_the_raising_frame_else_the_entry_point():
    trace = (
        "Traceback (most recent call last):\n"
        '  File "s.py", line 6, in search\n    return helper(nums, target)\n'
        '  File "s.py", line 11, in helper\n    raise E\n'
    )
    raised = report(Verdict.RUNTIME_ERROR, error={"type": "E", "message": "m", "traceback": trace + "E: m"})
    assert failure_line(raised, SOURCE, "search") == 11
    # A message is the solution's own words: a frame written into it is not believed.
    forged_message = 'boom\n  File "s.py", line 999, in search'
    forged = report(
        Verdict.RUNTIME_ERROR,
        error={"type": "E", "message": forged_message, "traceback": trace + "E: " + forged_message},
    )
    assert failure_line(forged, SOURCE, "search") == 11
    compile_error = report(Verdict.COMPILE_ERROR, reason="SyntaxError: invalid syntax (line 3)")
    assert failure_line(compile_error, SOURCE, "search") == 3
    assert failure_line(report(Verdict.WRONG_ANSWER), SOURCE, "search") == 5
    assert failure_line(report(Verdict.WRONG_ANSWER), "x = 1\n", "search") == 1


def test_github_annotation_names_the_file_and_escapes_the_message(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    wrong = report(Verdict.WRONG_ANSWER, reason="off by one: 100%")
    line = annotation(tmp_path / "solutions" / "a,b.py", wrong, 5)
    assert line == (
        "::error file=solutions/a%2Cb.py,line=5,title=judge::binary_search: Wrong answer (WA)"
        "%0AFirst failing case: hidden case 2%0A  input     nums = [1]%0A  expected  0%0A  got       1"
        "%0A  why       off by one: 100%25"
    )
    assert "\n" not in line


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


def test_watch_rejudges_on_in_place_and_rename_saves(tmp_path):
    path = tmp_path / "s.py"
    path.write_text("v1")
    seen: list[str] = []
    stop = threading.Event()
    thread = threading.Thread(target=watch, args=(path, lambda: seen.append(path.read_text()), stop.is_set))
    thread.start()
    try:
        time.sleep(0.3)
        path.write_text("v2 longer")  # saved in place
        time.sleep(0.5)
        temp = tmp_path / ".s.py.swp"
        temp.write_text("v3")
        temp.replace(path)  # saved by rename, as many editors do
        time.sleep(0.5)
    finally:
        stop.set()
        thread.join(5)
    assert seen == ["v1", "v2 longer", "v3"]


def _write_many(home: str, n: int) -> None:
    import os

    os.environ[history.ENV_HOME] = home
    for _ in range(n):
        history.record(report(Verdict.ACCEPTED), b"src")


def test_history_survives_concurrent_writers(tmp_path, monkeypatch):
    monkeypatch.setenv(history.ENV_HOME, str(tmp_path))
    procs = [
        multiprocessing.get_context("spawn").Process(target=_write_many, args=(str(tmp_path), 25))
        for _ in range(4)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    assert len(history.attempts()) == 100


def test_stats_per_topic_unsolved_and_streak(tmp_path, monkeypatch):
    monkeypatch.setenv(history.ENV_HOME, str(tmp_path))
    history.record(report(Verdict.WRONG_ANSWER, problem="two_sum"), b"a")
    history.record(report(Verdict.ACCEPTED, problem="binary_search"), b"b")
    today = dt.datetime.now(dt.UTC).date()
    summary = history.summarize(
        {"binary_search": ("binary-search",), "two_sum": ("arrays-hashing",), "x": ("binary-search",)},
        history.attempts(),
        today,
    )
    topics = {t.topic: (t.solved, t.attempted, t.total) for t in summary.topics}
    assert topics == {"binary-search": (1, 1, 2), "arrays-hashing": (0, 1, 1)}
    assert summary.unsolved == ["two_sum"] and summary.streak_days == 1
    days = {today - dt.timedelta(days=i) for i in (1, 2, 3, 5)}
    assert history.streak(days, today) == 3
