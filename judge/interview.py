"""A timed mock coding round: one unsolved problem, a starter file, a deadline.

The round's state is a small JSON file in the data directory; `judge run` on the
round's file reports the time left, and an accepted run inside the time records the
time to solve. A round past its deadline is recorded as timed out.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from judge import history
from judge.problem import Problem

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
        history.record_timeout(round_.slug)
        end()
        return round_
    return None


def clock(seconds: float) -> str:
    seconds = max(int(seconds), 0)
    return f"{seconds // 60}:{seconds % 60:02d}"
