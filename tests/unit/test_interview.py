"""The timed mock round: picking, accounting runs, the countdown, and the CLI around it."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from click.testing import CliRunner

from judge import history, interview, registry
from judge.cli import cli
from judge.report import Group, Report, Verdict


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv(history.ENV_HOME, str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def judged(verdict: Verdict, problem: str = "two_sum") -> Report:
    return Report(problem=problem, solution="two_sum.py", verdict=verdict, groups=(Group("examples", 1, 1),))


def start(minutes: int = 45, ago_s: float = 0.0, slug: str = "two_sum") -> interview.Round:
    round_ = interview.Round(
        slug, str((interview.Path.cwd() / f"{slug}.py").resolve()), time.time() - ago_s, minutes
    )
    interview.begin(round_)
    return round_


def test_a_lapsed_round_is_recorded_as_timed_out_once():
    round_ = start(ago_s=46 * 60)
    assert interview.for_file(interview.Path(round_.file)) == round_
    assert interview.expire_if_over() == round_
    assert interview.current() is None and interview.expire_if_over() is None
    assert [(a.problem, a.verdict, a.mode) for a in history.attempts()] == [
        ("two_sum", "timed_out", "interview")
    ]
    assert interview.clock(125) == "2:05" and interview.clock(-3) == "0:00"


def test_a_run_reports_time_left_solves_or_finds_the_time_up():
    round_ = start(minutes=45, ago_s=10 * 60)
    wrong = interview.after_run(round_, judged(Verdict.WRONG_ANSWER), now=round_.started + 10 * 60)
    assert wrong == interview.Judged("Time left: 35:00", None)
    solved = interview.after_run(round_, judged(Verdict.ACCEPTED), now=round_.started + 12 * 60 + 5)
    assert solved.seconds_to_solve == pytest.approx(12 * 60 + 5)
    assert solved.message == "Solved in 12:05 of 45 minutes. Round over."
    late = interview.after_run(round_, judged(Verdict.ACCEPTED), now=round_.deadline + 1)
    assert late.seconds_to_solve is None and "Time is up" in late.message
    assert [a.verdict for a in history.attempts()] == ["timed_out"] and interview.current() is None


class FakeClock:
    def __init__(self, at: float) -> None:
        self.at = at
        self.slept: list[float] = []
        self.during_sleep = lambda: None

    def now(self) -> float:
        return self.at

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.at += seconds
        self.during_sleep()


def test_the_countdown_shows_each_second_and_records_the_time_out():
    round_ = start(minutes=1)
    clock = FakeClock(round_.started + 57.5)
    shown: list[str] = []
    assert interview.countdown(round_, shown.append, clock.now, clock.sleep) == interview.Ended(
        "timed_out", "Time is up: the round is recorded as timed out."
    )
    assert shown == ["two_sum · 0:02 left", "two_sum · 0:01 left", "two_sum · 0:00 left"]
    assert clock.slept == [1.0, 1.0, 0.5]
    assert [a.verdict for a in history.attempts()] == ["timed_out"] and interview.current() is None


def test_the_countdown_ends_when_a_run_solves_the_round():
    round_ = start(minutes=45)
    clock = FakeClock(round_.started + 60)

    def solve_from_another_terminal() -> None:
        if len(clock.slept) == 3:
            history.record(judged(Verdict.ACCEPTED), b"src", "interview", seconds_to_solve=63.0)
            interview.end()

    clock.during_sleep = solve_from_another_terminal
    shown: list[str] = []
    assert interview.countdown(round_, shown.append, clock.now, clock.sleep) == interview.Ended(
        "solved", "Solved in 1:03 of 45 minutes. Round over."
    )
    assert len(shown) == 3
    assert history.solved_in("two_sum", since=round_.started) == 63.0
    # a round ended otherwise (given up) is not a solve
    other = start(minutes=45, slug="valid_parentheses")
    interview.give_up(other)
    assert interview.countdown(other, shown.append, clock.now, clock.sleep).how == "ended"


def test_pick_prefers_unsolved_problems_matching_the_filters():
    problems = registry.all_problems()
    mediums = [p for p in problems if p.difficulty == "medium" and "graphs" in p.tags]
    solved = {p.slug for p in mediums[:-1]}
    rng = interview.random.Random(1)
    assert {interview.pick(problems, solved, "medium", "graphs", rng).slug for _ in range(20)} == {
        mediums[-1].slug
    }
    everything = {p.slug for p in mediums}
    assert interview.pick(problems, everything, "medium", "graphs", rng).slug in everything
    assert interview.pick(problems, set(), "hard", "no-such-topic", rng) is None


def test_interview_command_writes_the_starter_shows_status_and_gives_up(home):
    runner = CliRunner()
    started = runner.invoke(cli, ["interview", "--difficulty", "easy", "--minutes", "30", "--no-countdown"])
    assert started.exit_code == 0, started.output
    round_ = interview.current()
    assert round_ is not None and round_.minutes == 30
    assert (home / f"{round_.slug}.py").read_text().strip()
    assert registry.get(round_.slug).difficulty == "easy"
    assert "You have 30 minutes" in started.output and f"judge run {round_.slug}" in started.output
    status = runner.invoke(cli, ["interview", "--status"])
    assert f"Round on {round_.slug}: 29:" in status.output or f"Round on {round_.slug}: 30:" in status.output
    again = runner.invoke(cli, ["interview"])  # a running round is shown, not replaced
    assert interview.current() == round_ and "Round on" in again.output
    gave_up = runner.invoke(cli, ["interview", "--give-up"])
    assert gave_up.exit_code == 0 and interview.current() is None
    assert [(a.problem, a.verdict) for a in history.attempts()] == [(round_.slug, "gave_up")]
    assert runner.invoke(cli, ["interview", "--give-up"]).exit_code != 0


def test_stats_counts_rounds_and_the_longest_streak():
    history.record(judged(Verdict.ACCEPTED), b"a", "interview", seconds_to_solve=600.0)
    history.record(judged(Verdict.ACCEPTED, "valid_parentheses"), b"b", "interview", seconds_to_solve=1200.0)
    history.record_round_end("merge_intervals", "timed_out")
    summary = history.summarize({"two_sum": ("arrays-hashing",)}, history.attempts(), dt.date.today())
    assert summary.rounds == history.Rounds(solved=2, timed_out=1, gave_up=0, median_seconds_to_solve=900.0)
    day = dt.date(2026, 3, 1)
    days = {day, day + dt.timedelta(1), day + dt.timedelta(2), day + dt.timedelta(5), day + dt.timedelta(6)}
    assert history.longest_streak(days) == 3 and history.longest_streak(set()) == 0
    shown = CliRunner().invoke(cli, ["stats"])
    assert (
        "mock rounds: 2 solved in time, 1 timed out, 0 given up · median time to solve 15:00" in shown.output
    )


def test_in_a_practice_repository_the_starter_goes_into_solutions(home):
    (home / "solutions").mkdir()
    started = CliRunner().invoke(cli, ["interview", "--topic", "trees", "--no-countdown"])
    assert started.exit_code == 0, started.output
    round_ = interview.current()
    assert round_ is not None and round_.file == str((home / "solutions" / f"{round_.slug}.py").resolve())
    assert (home / "solutions" / f"{round_.slug}.py").is_file()
