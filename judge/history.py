"""Every attempt, in SQLite in the user's data directory (`judge stats` reads it).

Several judges may write at once (`judge check -j`, two terminals): the database is
in WAL mode and writers wait for each other instead of failing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import sqlite3
import statistics
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from judge.report import Report

ENV_HOME = "JUDGE_HOME"  # a folder for history and interview state (tests, sandboxes)
SCHEMA = """
CREATE TABLE IF NOT EXISTS attempts (
    id INTEGER PRIMARY KEY,
    problem TEXT NOT NULL,
    verdict TEXT NOT NULL,
    passed INTEGER NOT NULL,
    total INTEGER NOT NULL,
    median_ns INTEGER,
    wall_s REAL,
    growth TEXT,
    source_sha256 TEXT NOT NULL,
    mode TEXT NOT NULL DEFAULT 'run',
    seconds_to_solve REAL,
    created_at TEXT NOT NULL,
    optimal INTEGER
);
CREATE INDEX IF NOT EXISTS attempts_problem ON attempts (problem);
"""
# Columns added since the first schema, for databases made before them.
ADDED_COLUMNS = {"optimal": "INTEGER", "language": "TEXT NOT NULL DEFAULT 'python'"}


def data_dir() -> Path:
    home = os.environ.get(ENV_HOME)
    path = Path(home) if home else Path(platformdirs.user_data_dir("judge"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path() -> Path:
    return data_dir() / "history.sqlite3"


@contextmanager
def connect(path: Path | None = None) -> Iterator[sqlite3.Connection]:
    db = sqlite3.connect(path or database_path(), timeout=30, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA busy_timeout=30000")
        db.executescript(SCHEMA)
        _add_columns(db)
        yield db
    finally:
        db.close()


def _add_columns(db: sqlite3.Connection) -> None:
    have = {row[1] for row in db.execute("PRAGMA table_info(attempts)")}
    for name, kind in ADDED_COLUMNS.items():
        if name not in have:
            try:
                db.execute(f"ALTER TABLE attempts ADD COLUMN {name} {kind}")
            except sqlite3.OperationalError as e:
                if "duplicate column" not in str(e):  # another judge added it just now
                    raise


@dataclass(frozen=True)
class Attempt:
    problem: str
    verdict: str
    passed: int
    total: int
    created_at: str
    mode: str = "run"
    seconds_to_solve: float | None = None
    optimal: bool | None = None  # growth as the follow-up asks; None: not measured


def record(
    report: Report,
    source: bytes,
    mode: str = "run",
    seconds_to_solve: float | None = None,
    path: Path | None = None,
) -> None:
    passed = sum(g.passed for g in report.groups)
    total = sum(g.total for g in report.groups)
    growth = report.complexity.measured if report.complexity else None
    _insert(
        {
            "problem": report.problem,
            "verdict": report.verdict.value,
            "passed": passed,
            "total": total,
            "median_ns": report.timing.median_ns if report.timing else None,
            "wall_s": report.timing.wall_s if report.timing else None,
            "growth": growth,
            "source_sha256": hashlib.sha256(source).hexdigest(),
            "mode": mode,
            "seconds_to_solve": seconds_to_solve,
            "optimal": report.complexity.optimal if report.complexity else None,
            "language": report.language,
        },
        path,
    )


def record_round_end(problem: str, verdict: str, path: Path | None = None) -> None:
    """A mock round that ended unsolved: "timed_out" or "gave_up"."""
    _insert(
        {
            "problem": problem,
            "verdict": verdict,
            "passed": 0,
            "total": 0,
            "source_sha256": "",
            "mode": "interview",
        },
        path,
    )


WRITE_ATTEMPTS = 5


def _insert(row: dict[str, object], path: Path | None) -> None:
    """One attempt, stamped now. SQLite waits up to busy_timeout for another writer; a
    write that still finds the database locked is tried again after a growing pause."""
    row = {**row, "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
    sql = f"INSERT INTO attempts ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})"
    for attempt in range(WRITE_ATTEMPTS):
        try:
            with connect(path) as db:
                db.execute(sql, tuple(row.values()))
            return
        except sqlite3.OperationalError as e:
            if attempt == WRITE_ATTEMPTS - 1 or not ("locked" in str(e) or "busy" in str(e)):
                raise
            time.sleep(0.05 * 2**attempt + random.random() * 0.05)


def solved_in(problem: str, since: float, path: Path | None = None) -> float | None:
    """Seconds to solve of an interview round on problem accepted after `since` (epoch)."""
    after = dt.datetime.fromtimestamp(int(since), dt.UTC).isoformat(timespec="seconds")
    with connect(path) as db:
        row = db.execute(
            "SELECT seconds_to_solve FROM attempts WHERE problem = ? AND mode = 'interview'"
            " AND seconds_to_solve IS NOT NULL AND created_at >= ? ORDER BY id DESC LIMIT 1",
            (problem, after),
        ).fetchone()
    return row[0] if row else None


def attempts(path: Path | None = None) -> list[Attempt]:
    with connect(path) as db:
        rows = db.execute(
            "SELECT problem, verdict, passed, total, created_at, mode, seconds_to_solve, optimal"
            " FROM attempts ORDER BY id"
        ).fetchall()
    return [
        Attempt(problem, verdict, passed, total, created, mode, seconds, None if best is None else bool(best))
        for problem, verdict, passed, total, created, mode, seconds, best in rows
    ]


def local_time(created_at: str) -> dt.datetime:
    """An attempt's time (stored in UTC) on this machine's clock: days begin at local midnight."""
    return dt.datetime.fromisoformat(created_at).astimezone()


def streak(days_solved: set[dt.date], today: dt.date) -> int:
    """Consecutive days up to today (or yesterday) with at least one accepted attempt."""
    day = today if today in days_solved else today - dt.timedelta(days=1)
    count = 0
    while day in days_solved:
        count += 1
        day -= dt.timedelta(days=1)
    return count


def longest_streak(days_solved: set[dt.date]) -> int:
    """The most consecutive days with at least one accepted attempt, ever."""
    return max(
        (
            streak(days_solved, day)
            for day in days_solved
            if day + dt.timedelta(days=1) not in days_solved  # each run counted from its last day
        ),
        default=0,
    )


@dataclass(frozen=True)
class Rounds:
    """Mock interview rounds: solved in time, timed out, given up, median time to solve."""

    solved: int
    timed_out: int
    gave_up: int
    median_seconds_to_solve: float | None


@dataclass(frozen=True)
class TopicProgress:
    topic: str
    solved: int
    attempted: int
    total: int


@dataclass(frozen=True)
class Stats:
    topics: list[TopicProgress]
    recent: list[Attempt]
    unsolved: list[str]  # attempted, never accepted
    streak_days: int
    longest_streak_days: int
    rounds: Rounds
    solved: int
    attempted: int
    total: int
    solved_optimally: int = 0  # solved with the growth the follow-up asks, measured


def summarize(
    tags_by_problem: dict[str, tuple[str, ...]], history: list[Attempt], today: dt.date, recent: int = 10
) -> Stats:
    solved = {a.problem for a in history if a.verdict == "accepted"}
    optimally = {a.problem for a in history if a.verdict == "accepted" and a.optimal is True}
    attempted = {a.problem for a in history}
    topics: dict[str, list[str]] = {}
    for slug, tags in tags_by_problem.items():
        for tag in tags:
            topics.setdefault(tag, []).append(slug)
    progress = [
        TopicProgress(t, len(solved & set(s)), len(attempted & set(s)), len(s))
        for t, s in sorted(topics.items())
    ]
    days = {local_time(a.created_at).date() for a in history if a.verdict == "accepted"}
    times = [a.seconds_to_solve for a in history if a.mode == "interview" and a.seconds_to_solve is not None]
    rounds = Rounds(
        solved=len(times),
        timed_out=sum(1 for a in history if a.verdict == "timed_out"),
        gave_up=sum(1 for a in history if a.verdict == "gave_up"),
        median_seconds_to_solve=statistics.median(times) if times else None,
    )
    return Stats(
        topics=progress,
        recent=list(reversed(history[-recent:])),
        unsolved=sorted(attempted - solved),
        streak_days=streak(days, today),
        longest_streak_days=longest_streak(days),
        rounds=rounds,
        solved=len(solved & set(tags_by_problem)),
        attempted=len(attempted & set(tags_by_problem)),
        total=len(tags_by_problem),
        solved_optimally=len(optimally & set(tags_by_problem)),
    )
