"""The `judge` command: parse, call the core, render, exit (the only module importing click).

Exit statuses: 0 accepted (or the command did its job), 1 any other verdict, 2 usage
error (unknown problem, missing or unreadable file), 3 environment or judge error
(Docker not reachable, image missing), 130 interrupted.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import json
import os
import random
import signal
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any, NoReturn

import click

from judge import DISTRIBUTION, history, interview, languages, made_ahead, registry
from judge.completion import complete_slug
from judge.discovery import Found
from judge.engine import RunOptions, judge_solution, read_solution, start_drawing
from judge.errors import JudgeError, UsageError
from judge.problem import DIFFICULTIES, TOPICS
from judge.render import markdown_summary, problems_table, report_text, rows_table
from judge.report import Report
from judge.resident import handoff
from judge.starter import starter_source

EXIT_OK, EXIT_VERDICT, EXIT_USAGE, EXIT_ENVIRONMENT, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def note(message: str) -> None:
    """Progress and notes go to stderr, so stdout stays clean for --json."""
    click.echo(message, err=True)


def docker_backend(spares: bool = False, language: languages.Language = languages.PYTHON) -> Any:
    """The Docker backend for solutions in `language`; with spares (Python's only so far),
    it claims sandboxes started ahead (sandbox/spares.py)."""
    from judge.sandbox.docker import DockerBackend, DockerEngine, SpareBackend

    engine = DockerEngine.connect()
    engine.require_image(language.image)
    if spares and language is languages.PYTHON:
        return SpareBackend(engine)
    return DockerBackend(engine, language=language)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name=DISTRIBUTION, message="%(package)s %(version)s (command: %(prog)s)")
def cli() -> None:
    """A local judge for interview coding rounds.

    Solve a LeetCode-style problem in your editor, then `judge run SLUG FILE` runs it
    in a locked-down Docker container against the examples and hidden tests.
    """


language_option = click.option(
    "--language",
    type=click.Choice(languages.NAMES, case_sensitive=False),
    help="The solution's language (default: from the file's ending).",
)


def solution_language(file: Path, name: str | None) -> languages.Language:
    """The language FILE is judged in, or a UsageError when the judge cannot run it."""
    return languages.judged(languages.of_file(file, name), file)


@cli.command("list")
@click.option("--topic", type=click.Choice(TOPICS), help="Only problems with this topic.")
@click.option("--difficulty", type=click.Choice(DIFFICULTIES), help="Only problems of this difficulty.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array instead of a table.")
def list_command(topic: str | None, difficulty: str | None, as_json: bool) -> None:
    """List the problems: slug, title, difficulty, tags."""
    problems = [
        p
        for p in registry.all_problems()
        if (topic is None or topic in p.tags) and (difficulty is None or p.difficulty == difficulty)
    ]
    if as_json:
        rows = [
            {
                "slug": p.slug,
                "title": p.title,
                "difficulty": p.difficulty,
                "tags": list(p.tags),
                "leetcode": p.leetcode,
                "function": p.class_name if p.kind in ("design", "roundtrip") else p.function,
            }
            for p in problems
        ]
        click.echo(json.dumps(rows, indent=2))
    else:
        click.echo(problems_table(problems), nl=False)


@cli.command()
@click.argument("slug", shell_complete=complete_slug)
@language_option
def show(slug: str, language: str | None) -> None:
    """Show a problem: its statement, signature and examples."""
    problem = registry.get(slug)
    lang = languages.judged(languages.by_name(language or "python"), Path(slug))
    click.echo(problem.statement().rstrip())
    click.echo("\n## Signature\n\n" + lang.starter().signature(problem) + "\n")
    click.echo(f"Time limit per call: {problem.time_limit_s:g} s · memory: {problem.memory_mb} MB")
    if problem.complexity:
        follow_up = problem.follow_up
        asks = f"; the follow-up asks {follow_up}" if follow_up != problem.complexity else ""
        click.echo(f"Growth: {problem.complexity} or better is accepted{asks}")
        if problem.complexity_n:
            click.echo(f"  (n: {problem.complexity_n})")
        if asks and problem.complexity_reason:
            click.echo(f"  ({problem.complexity_reason})")


@cli.command()
@click.argument("slug", shell_complete=complete_slug)
@click.argument("path", required=False, type=click.Path(path_type=Path))
@language_option
def new(slug: str, path: Path | None, language: str | None) -> None:
    """Write a starter file for SLUG (default: ./SLUG.py, or the --language's ending); never overwrites."""
    problem = registry.get(slug)
    default = languages.by_name(language) if language else languages.PYTHON
    target = path or Path(f"{slug}{default.extensions[0]}")
    lang = solution_language(target, language)
    if target.exists():
        raise UsageError(f"{target} already exists; not overwriting it")
    try:
        target.write_text(lang.starter().starter_source(problem), "utf-8")
    except OSError as e:
        raise UsageError(f"cannot write {target}: {e.strerror}") from None
    click.echo(f"wrote {target}: solve it, then `judge run {slug} {target}`")


def emit_report(report: Report, as_json: bool) -> int:
    if as_json:
        click.echo(json.dumps(report.to_json(), indent=2))
    else:
        click.echo(report_text(report), nl=False)
    return EXIT_OK if report.accepted else EXIT_VERDICT


@cli.command()
@click.argument("slug", shell_complete=complete_slug)
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object (schema 1).")
@click.option("--seed", type=int, help="Seed for generated inputs, to repeat a run exactly.")
@click.option(
    "--examples",
    "property_examples",
    type=click.IntRange(0, 100_000),
    help="How many generated inputs to try.",
)
@click.option("--no-growth", is_flag=True, help="Skip the growth (complexity) check.")
@click.option(
    "--plot",
    "plot_path",
    type=click.Path(path_type=Path),
    help="Draw time against n (.png, .svg or .pdf; needs the plot extra).",
)
@language_option
@click.pass_context
def run(
    ctx: click.Context,
    slug: str,
    file: Path,
    as_json: bool,
    seed: int | None,
    property_examples: int | None,
    no_growth: bool,
    plot_path: Path | None,
    language: str | None,
) -> None:
    """Judge FILE as a solution to problem SLUG."""
    from judge.terminal import StatusLine

    problem = registry.get(slug)
    close_lapsed_round()
    lang = solution_language(file, language)
    data = read_solution(file)
    by_default = seed is None and property_examples is None
    status = StatusLine()  # how far the run has got, on a terminal only, gone before the report
    options = RunOptions(
        seed=seed,
        property_examples=property_examples,
        growth=not no_growth,
        progress=None if as_json else status.show,
        drawing=made_ahead.take_drawing(slug) if by_default else None,
    )
    handoff.next_problem(slug)  # the resident makes its next run's inputs once this one is out
    submitted = time.time()
    backend = docker_backend(spares=True, language=lang)
    report = judge_solution(problem, data, file.name, backend, options)
    status.clear()
    exit_status = emit_report(report, as_json)
    backend.replenish()  # the next run's sandboxes start once this verdict is out
    if plot_path is not None:
        from judge.plot import plot_growth

        if report.complexity is None or not report.complexity.sizes:
            note("no plot: the growth check did not run (it runs once every answer is right)")
        else:
            plot_growth(report.complexity, f"{slug} · {file.name}", plot_path)
            note(f"wrote {plot_path}")
    settle(report, data, file, "run", submitted)
    ctx.exit(exit_status)


def settle(report: Report, source: bytes, file: Path, mode: str, submitted: float) -> None:
    """Record the attempt; when FILE is the running mock round's, account it to the round."""
    round_ = interview.for_file(file)
    solved_in = None
    if round_ is not None and round_.slug == report.problem:
        judged = interview.after_run(round_, report, submitted)
        note(judged.message)
        solved_in, mode = judged.seconds_to_solve, "interview"
    remember(report, source, mode, solved_in)
    if solved_in is not None:
        interview.end()  # after the attempt is recorded: a countdown reads the time to solve there


def close_lapsed_round() -> None:
    """A mock round past its deadline is recorded as timed out by the next judge command."""
    expired = interview.expire_if_over()
    if expired is not None:
        note(f"The round on {expired.slug} ran out of time and is recorded as timed out.")


def remember(report: Report, source: bytes, mode: str, seconds_to_solve: float | None = None) -> None:
    """Record an attempt; a history that cannot be written never spoils a verdict."""
    try:
        history.record(report, source, mode, seconds_to_solve)
    except (OSError, sqlite3.Error) as e:
        note(f"note: history not recorded ({e})")


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 64),
    default=os.cpu_count() or 1,
    show_default="cores",
    help="Solutions judged at once.",
)
@click.option("--junit", "junit_path", type=click.Path(path_type=Path), help="Write JUnit XML here.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of the run reports.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "github"]),
    default="text",
    help="github: workflow annotations on the solutions' lines.",
)
@click.option("--shard", help="K/N: judge only the K-th of N slices (CI matrices).")
@click.option(
    "--require-optimal",
    is_flag=True,
    help="Fail accepted solutions slower than the follow-up asks (judge.toml: require_optimal = true).",
)
@click.option(
    "-v", "--verbose", is_flag=True, help="List every file matched to no problem, not only a count."
)
def check(
    paths: tuple[Path, ...],
    jobs: int,
    junit_path: Path | None,
    as_json: bool,
    output_format: str,
    shard: str | None,
    require_optimal: bool,
    verbose: bool,
) -> None:
    """Judge every solution in a practice repository (PATHS: folders or files, default .);
    exit 0 only if all are accepted (and optimal, with --require-optimal)."""
    from judge import discovery, practice
    from judge.junit import write_junit

    if as_json and output_format != "text":
        raise UsageError("--json and --format github both write to stdout: choose one")
    started = time.monotonic()
    roots = list(paths) or [Path(".")]
    require_optimal = require_optimal or discovery.require_optimal(
        roots[0] if roots[0].is_dir() else roots[0].parent
    )
    where = " ".join(str(p) for p in roots)
    found = discovery.discover(roots, discovery.names(registry.all_problems()))
    if found and all(f.slug is None for f in found) and all(root.is_dir() for root in roots):
        for line in practice.unknown_notes(found, verbose):
            note(line)
        raise UsageError(f"no file in {where} is a solution to a problem in the library")
    # Solutions and unmatched files are each split, so every file is in exactly one shard.
    todo = discovery.shard([f for f in found if f.slug is not None], shard)
    unknown = discovery.shard([f for f in found if f.slug is None], shard)
    for line in practice.unknown_notes(unknown, verbose):
        note(line)
    results = _judge_found(todo, jobs, output_format, require_optimal) if todo else []
    if not todo:
        note(f"nothing to judge in {where}" + (f" in shard {shard}" if shard else " yet"))
    for item, report in results:
        remember(report, item.path.read_bytes() if item.path.exists() else b"", "check")
    if junit_path:
        write_junit(
            junit_path,
            [(str(item.path), report) for item, report in results],
            [(str(f.path), f.why) for f in unknown],
            require_optimal,
        )
    rows = [
        [_code(r), item.slug, str(item.path), f"{r.timing.wall_s:.2f} s" if r.timing else ""]
        for item, r in results
    ]
    headers = ["", "problem", "solution", "wall"]
    accepted = sum(1 for _, r in results if r.accepted)
    slower = sum(1 for _, r in results if r.not_optimal)
    unmatched = practice.unknown_summary(unknown)
    summary = f"{accepted}/{len(results)} accepted" + (f" ({slower} not optimal)" if slower else "")
    summary += f" in {time.monotonic() - started:.1f} s"
    if as_json:
        click.echo(json.dumps([report.to_json() for _, report in results], indent=2))
    elif output_format == "text" and results:
        click.echo(rows_table(rows, headers), nl=False)
        click.echo(summary + (f" · {unmatched}" if unmatched else ""))
    step_summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if output_format == "github" and step_summary:
        with contextlib.suppress(OSError), open(step_summary, "a", encoding="utf-8") as out:
            out.write(markdown_summary(rows, headers, summary, [f"{f.path}: {f.why}" for f in unknown]))
    if not all(report.passes(require_optimal) for _, report in results):
        raise SystemExit(EXIT_VERDICT)


def _code(report: Report) -> str:
    """A check row's verdict: the code, marked where the follow-up asks for faster growth."""
    return f"{report.verdict.code} (not optimal)" if report.not_optimal else report.verdict.code


def _judge_found(
    todo: list[Found], jobs: int, output_format: str, require_optimal: bool = False
) -> list[tuple[Found, Report]]:
    """Judge the matched solutions, a line for each as it finishes (and a progress line on a terminal)."""
    from judge import practice
    from judge.terminal import StatusLine

    docker_backend()  # fail once, clearly, before starting workers
    status = StatusLine()
    started = time.monotonic()
    finished = 0

    def done(item: Found, report: Report) -> None:
        nonlocal finished
        finished += 1
        status.print(f"{_code(report):5} {item.slug:32} {item.path}")
        if output_format == "github" and not report.passes(require_optimal):
            problem = registry.get(str(item.slug))
            source = item.path.read_text("utf-8", errors="replace") if item.path.exists() else ""
            line = practice.failure_line(report, source, problem.class_name or problem.function)
            click.echo(practice.annotation(item.path, report, line))

    def waiting(running: list[Found]) -> None:
        names = ", ".join(item.path.name for item in running)
        status.show(
            f"judged {finished}/{len(todo)} · {time.monotonic() - started:.0f} s"
            + (f" · judging {names}" if names else "")
        )

    status.show(f"judging {len(todo)} solution{'s' if len(todo) != 1 else ''}")
    try:
        return practice.judge_all(todo, jobs, done, waiting)
    finally:
        status.clear()


@cli.command()
@click.argument("directory", default=".", type=click.Path(path_type=Path))
@click.option(
    "--package",
    help="What the CI workflow gives pip to install the judge (default: the repository pip recorded).",
)
def init(directory: Path, package: str | None) -> None:
    """Scaffold a practice repository: solutions/, judge.toml, CI workflow, pre-commit hook."""
    from judge.scaffold import UNSET_NOTE, default_package, scaffold

    spec = package or default_package()
    try:
        written = scaffold(directory, spec)
    except OSError as e:
        raise UsageError(f"cannot write into {directory}: {e.strerror}") from None
    for path in written:
        click.echo(f"wrote {path}")
    if not written:
        click.echo(f"{directory} already has every file `judge init` writes; nothing changed")
    if spec is None and any(path.name == "judge.yml" for path in written):
        note(UNSET_NOTE)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the statistics as JSON.")
def stats(as_json: bool) -> None:
    """Your progress: per topic, recent attempts, unsolved problems, streak."""
    from dataclasses import asdict

    close_lapsed_round()
    problems = registry.all_problems()
    summary = history.summarize({p.slug: p.tags for p in problems}, history.attempts(), dt.date.today())
    if as_json:
        click.echo(json.dumps(asdict(summary), indent=2))
        return
    click.echo(
        f"solved {summary.solved}/{summary.total} ({summary.solved_optimally} optimally) · "
        f"attempted {summary.attempted} · "
        f"streak {_days(summary.streak_days)} (longest {_days(summary.longest_streak_days)})"
    )
    rounds = summary.rounds
    if rounds.solved or rounds.timed_out or rounds.gave_up:
        median = rounds.median_seconds_to_solve
        click.echo(
            f"mock rounds: {rounds.solved} solved in time, {rounds.timed_out} timed out, "
            f"{rounds.gave_up} given up"
            + (f" · median time to solve {interview.clock(median)}" if median is not None else "")
        )
    click.echo()
    click.echo(
        rows_table(
            [[t.topic, f"{t.solved}/{t.total}", t.attempted] for t in summary.topics],
            ["topic", "solved", "attempted"],
        )
    )
    if summary.unsolved:
        click.echo("attempted, not solved yet: " + ", ".join(summary.unsolved) + "\n")
    if summary.recent:
        click.echo(
            rows_table(
                [
                    [f"{history.local_time(a.created_at):%Y-%m-%d %H:%M}", a.problem, a.verdict, a.mode]
                    for a in summary.recent
                ],
                ["when", "problem", "verdict", "mode"],
            ),
            nl=False,
        )


def _days(n: int) -> str:
    return f"{n} day{'s' if n != 1 else ''}"


@cli.command()
@click.argument("slug", shell_complete=complete_slug)
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--no-growth", is_flag=True, help="Skip the growth check for faster feedback.")
@language_option
def watch(slug: str, file: Path, no_growth: bool, language: str | None) -> None:
    """Judge FILE again every time it is saved (Ctrl-C to stop)."""
    from judge.sandbox.base import Limits
    from judge.sandbox.warm import WarmBackend
    from judge.terminal import StatusLine
    from judge.watch import watch as watch_loop

    problem = registry.get(slug)
    lang = solution_language(file, language)
    read_solution(file)
    inner = docker_backend(language=lang)
    # sandboxes are warmed for Python only: another language's run needs a Python one too
    backend = WarmBackend(inner, Limits(memory_mb=problem.memory_mb)) if lang is languages.PYTHON else inner

    status = StatusLine(sys.stdout)
    drawing = [start_drawing(problem, None, None)]  # the next run's inputs, drawn while the person types

    def judge_once() -> None:
        click.clear()
        began, submitted = time.perf_counter(), time.time()
        try:
            data = read_solution(file)
        except UsageError as e:
            click.echo(f"{e}\nwatching {file} (Ctrl-C stops)")
            return
        status.show(f"judging {file.name} …")
        options = RunOptions(growth=not no_growth, drawing=drawing[0])
        report = judge_solution(problem, data, file.name, backend, options)
        drawing[0] = start_drawing(problem, None, None)
        status.clear()
        click.echo(report_text(report), nl=False)
        settle(report, data, file, "watch", submitted)  # before "judged in": a verdict shown is kept
        click.echo(f"\njudged in {time.perf_counter() - began:.2f} s · watching {file} (Ctrl-C stops)")

    try:
        watch_loop(file, judge_once, interrupted)
    finally:
        backend.close()
    raise KeyboardInterrupt  # stopped by an interrupt that was swallowed on its way


@cli.command("interview")
@click.option("--difficulty", type=click.Choice(DIFFICULTIES), help="Only problems of this difficulty.")
@click.option("--topic", type=click.Choice(TOPICS), help="Only problems with this topic.")
@click.option(
    "--minutes", type=click.IntRange(1, 600), default=45, show_default=True, help="Length of the round."
)
@click.option("--status", is_flag=True, help="Show the running round instead of starting one.")
@click.option("--give-up", is_flag=True, help="End the running round now; it is recorded as given up.")
@click.option(
    "--countdown/--no-countdown",
    default=None,
    help="Keep showing the time left until the round ends [default: on a terminal].",
)
def interview_command(
    difficulty: str | None,
    topic: str | None,
    minutes: int,
    status: bool,
    give_up: bool,
    countdown: bool | None,
) -> None:
    """A timed mock coding round on a problem you have not solved yet."""
    close_lapsed_round()
    running = interview.current()
    if give_up:
        if running is None:
            raise UsageError("no round is running")
        interview.give_up(running)
        click.echo(f"The round on {running.slug} is over, recorded as given up.")
        return
    if status or running is not None:
        if running is None:
            click.echo("No round is running. Start one with `judge interview`.")
            return
        click.echo(
            f"Round on {running.slug}: {interview.clock(running.seconds_left())} left; "
            f"judge it with `judge run {running.slug} {running.file}`"
        )
        return
    solved = {a.problem for a in history.attempts() if a.verdict == "accepted"}
    problem = interview.pick(registry.all_problems(), solved, difficulty, topic, random.Random())
    if problem is None:
        raise UsageError("no problem matches those filters")
    folder = Path("solutions") if Path("solutions").is_dir() else Path(".")  # a practice repository's
    target = folder / f"{problem.slug}.py"
    if target.exists():
        raise UsageError(f"{target} already exists; move it away or pick another round")
    target.write_text(starter_source(problem), "utf-8")
    round_ = interview.Round(problem.slug, str(target.resolve()), time.time(), minutes)
    interview.begin(round_)
    click.echo(problem.statement().rstrip() + "\n")
    until = time.strftime("%H:%M", time.localtime(round_.deadline))
    click.echo(
        f"You have {minutes} minutes (until {until}). Your file: {target}. "
        f"Judge it with `judge run {problem.slug} {target}` (from another terminal)."
    )
    if countdown is None:
        countdown = sys.stdout.isatty()
    if countdown:
        _count_down(round_)


def _count_down(round_: interview.Round) -> None:
    from judge.terminal import StatusLine

    line = StatusLine(sys.stdout)
    try:
        ended = interview.countdown(round_, line.show)
    except KeyboardInterrupt:
        line.print("The round goes on without the countdown: `judge interview --status` shows the time left.")
        return
    line.clear()
    click.echo(("\a" if ended.how == "timed_out" else "") + ended.message)


@cli.command("verify")
@click.argument("slugs", nargs=-1, shell_complete=complete_slug)
@click.option("--no-submissions", is_flag=True, help="Skip running the submissions (no Docker needed).")
def verify_command(slugs: tuple[str, ...], no_submissions: bool) -> None:
    """Check problems: metadata, statement, reference, cases, and every submission's verdict."""
    from judge.verify import verify

    problems = [registry.get(s) for s in slugs] if slugs else registry.all_problems()
    backend = None if no_submissions else docker_backend()
    failed = 0
    for problem in problems:
        findings = verify(problem, backend, note)
        if findings.ok:
            click.echo(f"ok    {problem.slug} ({len(findings.submissions)} submissions)")
        else:
            failed += 1
            click.echo(f"FAIL  {problem.slug}")
            for line in findings.problems:
                click.echo(f"      - {line}")
    click.echo(f"{len(problems) - failed}/{len(problems)} problems verified")
    if failed:
        raise SystemExit(EXIT_VERDICT)


@cli.command("audit")
@click.argument("slugs", nargs=-1, shell_complete=complete_slug)
@click.option("--limit", default=60, show_default=True, help="Most mutants per problem.")
@click.option("-j", "--jobs", default=1, show_default=True, help="Mutants judged at once.")
@click.option("--show-survivors/--no-show-survivors", default=True, help="Print each survivor's diff.")
def audit_command(slugs: tuple[str, ...], limit: int, jobs: int, show_survivors: bool) -> None:
    """Mutation-test problems' tests: how many planted bugs do they catch? (all problems if none named)"""
    from judge.audit import audit

    problems = [registry.get(s) for s in slugs] if slugs else registry.all_problems()
    backend = docker_backend()
    killed = killable = equivalent = 0
    for problem in problems:
        result = audit(problem, backend, limit, note, jobs)
        killed += len(result.killed)
        killable += len(result.killed) + len(result.survived)
        equivalent += len(result.equivalent)
        listed = f", {len(result.equivalent)} listed as equivalent" if result.equivalent else ""
        click.echo(
            f"{problem.slug}: {len(result.killed)}/{result.total} mutants killed{listed} ({result.score:.0%})"
        )
        if show_survivors:
            for mutant in result.survived:
                click.echo(f"  survived ({mutant.where}: {mutant.description}):")
                click.echo("    " + result.diff(mutant).replace("\n", "\n    "))
    if len(problems) > 1:
        click.echo(
            f"all: {killed}/{killable + equivalent} mutants killed, {equivalent} listed as equivalent "
            f"({killed / max(killable, 1):.1%} of the rest)"
        )


@cli.group()
def sandbox() -> None:
    """Build, inspect and clean up the sandbox."""


@sandbox.command("build")
@click.option("--force", is_flag=True, help="Rebuild even if the image exists.")
@click.option("--no-pull", is_flag=True, help="Do not try a registry; build from Debian packages.")
@click.option(
    "--language",
    type=click.Choice(languages.NAMES, case_sensitive=False),
    help="Build this language's image only.",
)
@click.option("--all", "every", is_flag=True, help="Every language's image, those not judged yet too.")
def sandbox_build(force: bool, no_pull: bool, language: str | None, every: bool) -> None:
    """Build the sandbox images of the languages the judge runs (pull where a registry
    answers, else mmdebstrap)."""
    from judge.sandbox.docker import DockerEngine
    from judge.sandbox.image import build_image

    engine = DockerEngine.connect()
    if language:
        chosen = [languages.by_name(language)]
    else:
        chosen = [lang for lang in languages.LANGUAGES.values() if every or lang.judged]
    for lang in chosen:
        click.echo(build_image(engine, note, force=force, try_pull=not no_pull, language=lang))


@sandbox.command("prune")
def sandbox_prune() -> None:
    """Remove containers left behind by an interrupted judge, and the spare sandboxes."""
    from judge.sandbox.docker import DockerEngine

    removed = DockerEngine.connect().prune()
    click.echo(f"removed {removed} container{'s' if removed != 1 else ''}")


@cli.group()
def resident() -> None:
    """The resident judge: a process that keeps the judge imported between commands."""


@resident.command("status")
def resident_status() -> None:
    """Say whether a resident judge waits for the next command."""
    from judge.resident import paths, server

    pid = server.ping()
    if pid is None:
        click.echo("no resident judge" + ("" if paths.enabled() else f" ({paths.ENV_SWITCH}=0)"))
    else:
        click.echo(f"a resident judge waits (pid {pid}); it ends after {paths.ttl_s():.0f} s with no command")


@resident.command("stop")
def resident_stop() -> None:
    """End the resident judge now (commands it runs finish first)."""
    from judge.resident import server

    pid = server.stop()
    click.echo("no resident judge was running" if pid is None else f"stopped the resident judge (pid {pid})")


@cli.command()
def doctor() -> None:
    """Check that Docker answers and the sandbox images are there."""
    from judge.sandbox.docker import DockerEngine

    ok = True
    try:
        engine = DockerEngine.connect(timeout_s=10)
        click.echo(f"ok       Docker answers: {engine.version()}")
        for lang in languages.LANGUAGES.values():
            ok = _doctor_image(engine, lang) and ok
        if engine.direct_channel():
            click.echo(
                "ok       direct channel: Python sandboxes answer over a socket, not Docker's attach stream"
            )
        else:
            click.echo(
                "note     direct channel off (a remote engine, not Linux, or JUDGE_CHANNEL=attach): "
                "every frame goes through Docker's attach stream, about 200 µs a call slower"
            )
        ready = len(engine.spares())
        if ready:
            click.echo(f"ok       {ready} spare sandbox{'es' if ready != 1 else ''} ready for the next run")
        left = len(engine.leftovers())
        if left:
            click.echo(
                f"note     {left} container(s) left by earlier runs: `judge sandbox prune` removes them"
            )
    except JudgeError as e:
        ok = False
        click.echo(f"MISSING  {e}")
    click.echo(f"ok       {len(registry.slugs())} problems found")
    if not ok:
        raise SystemExit(EXIT_ENVIRONMENT)


def _doctor_image(engine: Any, lang: languages.Language) -> bool:
    """One line on a language's image; False when a language the judge runs lacks it."""
    build = "judge sandbox build" + ("" if lang is languages.PYTHON else f" --language {lang.name}")
    if engine.has_image(lang.image):
        click.echo(f"ok       {lang.title} sandbox image {lang.image} is there")
        return True
    if lang.judged:
        click.echo(f"MISSING  {lang.title} sandbox image {lang.image}: run `{build}`")
        return False
    click.echo(
        f"note     {lang.title} sandbox image {lang.image} is not built (`{build}`); "
        f"{lang.title} solutions cannot be judged yet"
    )
    return True


def _wait_for_removals() -> None:
    """Until the sandboxes this process closed are removed, through further Ctrl-Cs."""
    sandboxes = sys.modules.get("judge.sandbox.docker")
    while sandboxes is not None:
        try:
            sandboxes.removals.wait()
            return
        except KeyboardInterrupt:
            continue


_interrupted = False


def _on_interrupt(signum: int, _frame: Any) -> NoReturn:
    """Ctrl-C or SIGTERM: remembered, then raised as KeyboardInterrupt.

    Python prints and drops an exception raised inside a weakref callback or a
    finalizer, and the signal can land there: the flag lets a loop that would
    otherwise go on (`judge watch`) see that it was asked to stop."""
    global _interrupted
    _interrupted = True
    raise KeyboardInterrupt


def interrupted() -> bool:
    return _interrupted


def main(argv: list[str] | None = None) -> NoReturn:
    """Entry point: every failure to judge becomes one line and an exit status."""
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, _on_interrupt)
    try:
        status = cli.main(args=argv, prog_name="judge", standalone_mode=False)
    except click.exceptions.Exit as e:
        status = e.exit_code
    except click.ClickException as e:
        e.show()
        status = EXIT_USAGE
    except click.exceptions.Abort:
        note("interrupted")
        status = EXIT_INTERRUPTED
    except KeyboardInterrupt:
        note("interrupted")
        status = EXIT_INTERRUPTED
    except JudgeError as e:
        note(f"judge: {e}")
        status = e.exit_status
    status = status if isinstance(status, int) else EXIT_OK
    if _interrupted and status != EXIT_INTERRUPTED:  # swallowed on its way (see _on_interrupt)
        note("interrupted")
        status = EXIT_INTERRUPTED
    if status == EXIT_INTERRUPTED or argv is None:
        _leave(status)
    sys.exit(status)


def _leave(status: int) -> NoReturn:
    """End the process of the `judge` command now, once its sandboxes are removed.

    Every sandbox is closed by now (cleanup waits through Ctrl-C); their removal is
    waited for, the exit handlers run, and the process leaves without the interpreter's
    teardown: interrupted, that teardown can end the process by SIGINT instead of with
    the documented status, and otherwise, with click, Docker's client and Hypothesis
    loaded, it takes longer than a small run's calls (about 50 ms)."""
    handoff.output_done(status)  # run by the resident judge: its client need not wait for what follows
    _wait_for_removals()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # a closed pipe (`judge list | head`): nothing to flush into
            stream.flush()
    os._exit(status)
