"""A timed mock coding round: one unsolved problem, a starter file, a deadline.

The round's state is a small JSON file in the data directory; `judge run` on the
round's file reports the time left, and an accepted run inside the time records the
time to solve. A round past its deadline is recorded as timed out.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from judge import history
from judge.problem import Problem
from judge.report import Report

STATE = "interview.json"


@dataclass(frozen=True)
class Round:
    slug: str
    file: str
    started: float
    minutes: int

    @property
    def deadline(self) -> float:
        return self.started + self.minutes * 60

    def seconds_left(self, now: float | None = None) -> float:
        return self.deadline - (now if now is not None else time.time())


def state_path() -> Path:
    return history.data_dir() / STATE


def current() -> Round | None:
    try:
        return Round(**json.loads(state_path().read_text("utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def begin(round_: Round) -> None:
    state_path().write_text(json.dumps(asdict(round_)), "utf-8")


def end() -> None:
    state_path().unlink(missing_ok=True)


def pick(
    problems: list[Problem], solved: set[str], difficulty: str | None, topic: str | None, rng: random.Random
) -> Problem | None:
    """An unsolved problem matching the filters (any matching one when all are solved)."""
    matching = [
        p
        for p in problems
        if (difficulty is None or p.difficulty == difficulty) and (topic is None or topic in p.tags)
    ]
    fresh = [p for p in matching if p.slug not in solved]
    pool = fresh or matching
    return rng.choice(pool) if pool else None


def for_file(path: Path) -> Round | None:
    """The running round this file belongs to, if any."""
    round_ = current()
    if round_ is None or Path(round_.file).resolve() != path.resolve():
        return None
    return round_


def expire_if_over(now: float | None = None) -> Round | None:
    """Record and end a round past its deadline; returns it."""
    round_ = current()
    if round_ is not None and round_.seconds_left(now) <= 0:
        history.record_round_end(round_.slug, "timed_out")
        end()
        return round_
    return None


def give_up(round_: Round) -> None:
    history.record_round_end(round_.slug, "gave_up")
    end()


def clock(seconds: float) -> str:
    seconds = max(int(seconds), 0)
    return f"{seconds // 60}:{seconds % 60:02d}"


TIME_UP = "Time is up: the round is recorded as timed out."


def solved_message(round_: Round, seconds_to_solve: float) -> str:
    return f"Solved in {clock(seconds_to_solve)} of {round_.minutes} minutes. Round over."


@dataclass(frozen=True)
class Judged:
    """What a judged run of the round's file means for the round."""

    message: str
    seconds_to_solve: float | None  # set when this run solved the round


def after_run(round_: Round, report: Report, now: float | None = None) -> Judged:
    """Account a run of the round's file: solved, time left, or time up (recorded).
    A solved round is ended by the caller once the attempt is recorded (end())."""
    left = round_.seconds_left(now)
    if left <= 0:
        expire_if_over(now)
        return Judged(TIME_UP, None)
    if report.accepted:
        solved_in = round_.minutes * 60 - left
        return Judged(solved_message(round_, solved_in), solved_in)
    return Judged(f"Time left: {clock(left)}", None)


@dataclass(frozen=True)
class Ended:
    """How a round ended while a countdown watched it."""

    how: str  # "solved" (an accepted run), "timed_out" (recorded by the countdown), "ended" (given up)
    message: str


def countdown(
    round_: Round,
    show: Callable[[str], None],
    now: Callable[[], float] = time.time,
    sleep: Callable[[float], None] = time.sleep,
) -> Ended:
    """Show the time left every second until the round ends."""
    while True:
        if current() != round_:
            solved = history.solved_in(round_.slug, since=round_.started)
            if solved is None:
                return Ended("ended", "The round has ended.")
            return Ended("solved", solved_message(round_, solved))
        left = round_.seconds_left(now())
        if left <= 0:
            expire_if_over(now())
            return Ended("timed_out", TIME_UP)
        show(f"{round_.slug} · {clock(left)} left")
        sleep(min(1.0, left))
