"""The history of attempts: concurrent writers, retries, statistics."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import multiprocessing
import sqlite3

import pytest
from click.testing import CliRunner

from judge import history
from judge.cli import cli
from judge.report import Verdict
from tests.unit.sample_reports import report


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


def test_a_write_that_finds_the_database_locked_is_tried_again(tmp_path, monkeypatch):
    monkeypatch.setenv(history.ENV_HOME, str(tmp_path))
    real = history.connect
    failures = ["database is locked", "database is busy"]

    @contextlib.contextmanager
    def flaky(path=None):
        if failures:
            raise sqlite3.OperationalError(failures.pop(0))
        with real(path) as db:
            yield db

    monkeypatch.setattr(history, "connect", flaky)
    monkeypatch.setattr(history.time, "sleep", lambda s: None)
    history.record(report(Verdict.ACCEPTED), b"src")
    assert failures == [] and len(history.attempts()) == 1
    failures.append("no such table: attempts")  # not a lock: no second try
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        history.record(report(Verdict.ACCEPTED), b"src")
    failures.extend(["database is locked"] * history.WRITE_ATTEMPTS)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        history.record(report(Verdict.ACCEPTED), b"src")
    assert len(history.attempts()) == 1


def test_stats_json_is_the_summary_for_scripts(tmp_path, monkeypatch):
    monkeypatch.setenv(history.ENV_HOME, str(tmp_path))
    history.record(report(Verdict.WRONG_ANSWER, problem="two_sum"), b"a")
    history.record(report(Verdict.ACCEPTED, problem="binary_search"), b"b")
    shown = CliRunner().invoke(cli, ["stats", "--json"])
    assert shown.exit_code == 0, shown.output
    stats = json.loads(shown.output)
    assert set(stats) == {
        "topics",
        "recent",
        "unsolved",
        "streak_days",
        "longest_streak_days",
        "rounds",
        "solved",
        "attempted",
        "total",
        "solved_optimally",
    }
    assert (stats["solved"], stats["attempted"], stats["unsolved"]) == (1, 2, ["two_sum"])
    assert [a["problem"] for a in stats["recent"]] == ["binary_search", "two_sum"]
    from judge import registry

    total = sum(1 for p in registry.all_problems() if "binary-search" in p.tags)
    assert {"topic": "binary-search", "solved": 1, "attempted": 1, "total": total} in stats["topics"]


def test_stats_count_problems_solved_optimally_apart(tmp_path, monkeypatch):
    from dataclasses import replace

    from judge.report import Complexity

    monkeypatch.setenv(history.ENV_HOME, str(tmp_path))
    slower = Complexity("O(n^2)", "O(n^2)", True, optimal=False, follow_up="O(n log n)")
    best = Complexity("O(n)", "O(n)", True, optimal=True, follow_up="O(n)")
    history.record(replace(report(Verdict.ACCEPTED, problem="lis"), complexity=slower), b"a")
    history.record(replace(report(Verdict.ACCEPTED, problem="two_sum"), complexity=best), b"b")
    history.record(report(Verdict.ACCEPTED, problem="x"), b"c")  # growth not measured
    attempts = history.attempts()
    assert [a.optimal for a in attempts] == [False, True, None]
    summary = history.summarize(
        {"lis": ("dp-1d",), "two_sum": ("arrays-hashing",), "x": ("dp-1d",)}, attempts, dt.date.today()
    )
    assert summary.solved == 3 and summary.solved_optimally == 1


def test_a_database_from_before_the_optimal_column_gains_it(tmp_path, monkeypatch):
    monkeypatch.setenv(history.ENV_HOME, str(tmp_path))
    path = history.database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as db:
        db.executescript(history.SCHEMA.replace(",\n    optimal INTEGER", ""))
        db.execute(
            "INSERT INTO attempts (problem, verdict, passed, total, source_sha256, created_at)"
            " VALUES ('two_sum', 'accepted', 3, 3, '', '2026-01-01T00:00:00+00:00')"
        )
    history.record(report(Verdict.ACCEPTED), b"src")
    assert [a.optimal for a in history.attempts()] == [None, None]
