"""The `judge` command: parse, call the core, render, exit (the only module importing click).

Exit statuses: 0 accepted (or the command did its job), 1 any other verdict, 2 usage
error (unknown problem, missing or unreadable file), 3 environment or judge error
(Docker not reachable, image missing), 130 interrupted.
"""

from __future__ import annotations

import json
import signal
import sys
from pathlib import Path
from typing import Any, NoReturn

import click

from judge import registry
from judge.engine import RunOptions, judge_solution, read_solution
from judge.errors import JudgeError, UsageError
from judge.problem import DIFFICULTIES, TOPICS
from judge.render import problems_table, report_text
from judge.report import Report
from judge.starter import signature, starter_source

EXIT_OK, EXIT_VERDICT, EXIT_USAGE, EXIT_ENVIRONMENT, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def note(message: str) -> None:
    """Progress and notes go to stderr, so stdout stays clean for --json."""
    click.echo(message, err=True)


def docker_backend() -> Any:
    from judge.sandbox.docker import DockerBackend, DockerEngine

    engine = DockerEngine.connect()
    engine.require_image()
    return DockerBackend(engine)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="judge")
def cli() -> None:
    """A local judge for interview coding rounds.

    Solve a LeetCode-style problem in your editor, then `judge run SLUG FILE` runs it
    in a locked-down Docker container against the examples and hidden tests.
    """


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
                "function": p.class_name if p.kind == "design" else p.function,
            }
            for p in problems
        ]
        click.echo(json.dumps(rows, indent=2))
    else:
        click.echo(problems_table(problems), nl=False)


@cli.command()
@click.argument("slug")
def show(slug: str) -> None:
    """Show a problem: its statement, signature and examples."""
    problem = registry.get(slug)
    click.echo(problem.statement().rstrip())
    click.echo("\n## Signature\n\n" + signature(problem) + "\n")
    click.echo(
        f"Time limit per call: {problem.time_limit_s:g} s · memory: {problem.memory_mb} MB"
        + (f" · expected growth: {problem.complexity}" if problem.complexity else "")
    )


@cli.command()
@click.argument("slug")
@click.argument("path", required=False, type=click.Path(path_type=Path))
def new(slug: str, path: Path | None) -> None:
    """Write a starter file for SLUG (default: ./SLUG.py); never overwrites."""
    problem = registry.get(slug)
    target = path or Path(f"{slug}.py")
    if target.exists():
        raise UsageError(f"{target} already exists; not overwriting it")
    try:
        target.write_text(starter_source(problem), "utf-8")
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
@click.argument("slug")
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
@click.pass_context
def run(
    ctx: click.Context,
    slug: str,
    file: Path,
    as_json: bool,
    seed: int | None,
    property_examples: int | None,
    no_growth: bool,
) -> None:
    """Judge FILE as a solution to problem SLUG."""
    problem = registry.get(slug)
    data = read_solution(file)
    options = RunOptions(
        seed=seed,
        property_examples=property_examples,
        growth=not no_growth,
        progress=None if as_json else note,
    )
    report = judge_solution(problem, data, file.name, docker_backend(), options)
    ctx.exit(emit_report(report, as_json))


@cli.command("verify")
@click.argument("slugs", nargs=-1)
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
@click.argument("slugs", nargs=-1)
@click.option("--limit", default=60, show_default=True, help="Most mutants per problem.")
@click.option("--show-survivors/--no-show-survivors", default=True, help="Print each survivor's diff.")
def audit_command(slugs: tuple[str, ...], limit: int, show_survivors: bool) -> None:
    """Mutation-test problems' tests: how many planted bugs do they catch? (all problems if none named)"""
    from judge.audit import audit

    problems = [registry.get(s) for s in slugs] if slugs else registry.all_problems()
    backend = docker_backend()
    killed = total = 0
    for problem in problems:
        result = audit(problem, backend, limit, note)
        killed += len(result.killed)
        total += result.total
        click.echo(f"{problem.slug}: {len(result.killed)}/{result.total} mutants killed ({result.score:.0%})")
        if show_survivors:
            for mutant in result.survived:
                click.echo(f"  survived (line {mutant.line}, {mutant.description}):")
                click.echo("    " + result.diff(mutant).replace("\n", "\n    "))
    if len(problems) > 1:
        click.echo(f"all: {killed}/{total} mutants killed ({killed / max(total, 1):.1%})")


@cli.group()
def sandbox() -> None:
    """Build, inspect and clean up the sandbox."""


@sandbox.command("build")
@click.option("--force", is_flag=True, help="Rebuild even if the image exists.")
@click.option("--no-pull", is_flag=True, help="Do not try a registry; build from Debian packages.")
def sandbox_build(force: bool, no_pull: bool) -> None:
    """Build the sandbox image (pull where a registry answers, else mmdebstrap)."""
    from judge.sandbox.docker import DockerEngine
    from judge.sandbox.image import build_image

    click.echo(build_image(DockerEngine.connect(), note, force=force, try_pull=not no_pull))


@sandbox.command("prune")
def sandbox_prune() -> None:
    """Remove containers left behind by an interrupted judge."""
    from judge.sandbox.docker import DockerEngine

    removed = DockerEngine.connect().prune()
    click.echo(f"removed {removed} container{'s' if removed != 1 else ''}")


@cli.command()
def doctor() -> None:
    """Check that Docker answers and the sandbox image is there."""
    from judge.sandbox.docker import IMAGE, DockerEngine

    ok = True
    try:
        engine = DockerEngine.connect(timeout_s=10)
        click.echo(f"ok       Docker answers: {engine.version()}")
        if engine.has_image():
            click.echo(f"ok       sandbox image {IMAGE} is there")
        else:
            ok = False
            click.echo(f"MISSING  sandbox image {IMAGE}: run `judge sandbox build`")
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


def _on_sigterm(signum: int, _frame: Any) -> NoReturn:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> NoReturn:
    """Entry point: every failure to judge becomes one line and an exit status."""
    signal.signal(signal.SIGTERM, _on_sigterm)
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
    sys.exit(status if isinstance(status, int) else EXIT_OK)
