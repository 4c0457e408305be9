"""`judge check`: judging a practice repository's solutions in parallel, and pointing
at the line of each failure (for GitHub's annotations)."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from multiprocessing import get_context
from pathlib import Path

from judge.discovery import UNMATCHED_HINT, Found
from judge.render import failure_lines, verdict_line
from judge.report import Failure, Report, Verdict

FRAME = re.compile(r'^  File ".*", line (\d+), in ', re.M)
COMPILE_LINE = re.compile(r"\(line (\d+)\)$")
JS_FRAME = re.compile(r"^  at .*?solution\.js:(\d+):\d+\)?$", re.M)  # innermost first
JAVA_FRAME = re.compile(r"^\tat [\w$.<>]+\([\w$]+\.java:(\d+)\)$", re.M)  # innermost first


FOLD_AFTER = 5  # unknown files of one kind listed one by one; more are counted (--verbose lists them)


def unknown_notes(unknown: list[Found], verbose: bool = False) -> list[str]:
    """The lines that tell of the files no problem was matched to: each on its own line,
    or, past FOLD_AFTER of a kind and without verbose, a count. Files that name a LeetCode
    problem the library lacks are one kind; files whose name says nothing it can read
    (they need renaming or a header) the other."""
    lacking = [f for f in unknown if f.absent]
    others = [f for f in unknown if not f.absent]
    lines: list[str] = []
    for kind, count in ((others, _unmatched_count), (lacking, _lacking_count)):
        if verbose or len(kind) <= FOLD_AFTER:
            lines += [f"unknown: {f.path} ({f.why})" for f in kind]
        else:
            lines.append(count(len(kind)) + "; --verbose lists them")
    return lines


def unknown_summary(unknown: list[Found]) -> str:
    """The unknown files in a few words, for the line under the table ("" when none)."""
    lacking = sum(1 for f in unknown if f.absent)
    others = len(unknown) - lacking
    parts = [f"{lacking} not in the library"] if lacking else []
    if others:
        parts.append(f"{others} file{'s' if others != 1 else ''} matched no problem")
    return " · ".join(parts)


def _unmatched_count(n: int) -> str:
    return f"{n} files match no problem ({UNMATCHED_HINT})"


def _lacking_count(n: int) -> str:
    return f"{n} files are problems the library does not hold"


def _judge_one(slug: str, path: str, run_id: str) -> Report:
    """Runs in a worker process: one solution, on the worker's one Docker connection."""
    from judge import registry
    from judge.engine import RunOptions, backend_for, judge_solution, read_solution
    from judge.errors import JudgeError
    from judge.sandbox.docker import worker_backend

    try:
        problem = registry.get(slug)
        data = read_solution(Path(path))
        backend = backend_for(worker_backend(run_id), Path(path))
        return judge_solution(problem, data, path, backend, RunOptions())
    except JudgeError as e:
        failure = Failure(group="load", case="load", input=None, expected=None, got=None, reason=str(e))
        return Report(problem=slug, solution=path, verdict=Verdict.JUDGE_ERROR, failure=failure)


def judge_all(
    found: list[Found],
    jobs: int,
    done: Callable[[Found, Report], None],
    waiting: Callable[[list[Found]], None] = lambda running: None,
) -> list[tuple[Found, Report]]:
    """Judge every matched solution, `jobs` at a time; `done` hears each as it finishes,
    `waiting` every half second in between, with the solutions being judged."""
    from judge.sandbox.docker import new_run_id

    todo = [f for f in found if f.slug is not None]  # an unmatched file has nothing to judge
    results: dict[Path, Report] = {}
    workers = max(1, min(jobs, len(todo)))
    run_id = new_run_id()  # every worker's containers carry it
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
            pending = {pool.submit(_judge_one, str(f.slug), str(f.path), run_id): f for f in todo}
            while pending:
                finished, _ = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                for future in finished:
                    item = pending.pop(future)
                    results[item.path] = future.result()
                    done(item, results[item.path])
                if pending:
                    # The pool hands a worker its next item early: the first `jobs` are judged.
                    waiting([item for future, item in pending.items() if future.running()][:jobs])
    finally:
        # Interrupted, a worker the pool terminated, or one still cleaning up when we
        # leave, would leave its containers behind; and a worker that ends normally does
        # not wait for its last removals (the engine finishes them). The workers are gone
        # now: remove whatever carries this run's label before the judge exits.
        _remove_run(run_id)
    return [(f, results[f.path]) for f in todo]


def _remove_run(run_id: str) -> None:
    from judge.errors import JudgeError
    from judge.sandbox.docker import DockerEngine
    from judge.sandbox.session import close_all

    def prune() -> None:
        with contextlib.suppress(JudgeError):
            DockerEngine.connect().prune(run_id)

    close_all(prune)  # finishes through a second Ctrl-C


def failure_line(report: Report, source: str, entry: str) -> int:
    """The solution's line to point at: where it raised or failed to compile, else where
    its entry point (`def entry` or `class entry`) is defined, else line 1."""
    failure = report.failure
    if failure and failure.error:
        raised = _raising_line(failure.error, report.language)
        if raised is not None:
            return raised
    if failure and report.verdict is Verdict.COMPILE_ERROR:
        match = COMPILE_LINE.search(failure.reason or "")
        if match:
            return int(match.group(1))
    name = re.escape(entry)
    defined = re.search(
        rf"^[ \t]*(?:(?:async[ \t]+)?(?:def|class|function)[ \t]+{name}\b|(?:var|let|const)[ \t]+{name}\b"
        rf"|(?:(?:public|private|protected|static|final)[ \t]+)*[\w<>\[\],? ]+[ \t]{name}"
        rf"[ \t]*\([^\n;]*\)[^\n;]*\{{)",  # a Java method
        source,
        re.M,
    )
    return source.count("\n", 0, defined.start()) + 1 if defined else 1


def _raising_line(error: dict[str, str], language: str) -> int | None:
    """The line of the solution's own frame that raised, from a trimmed trace.

    The message is the solution's own text: only frames outside it count (Python's
    above it, innermost last; JavaScript's below it, innermost first)."""
    trace, message = error.get("traceback", ""), error.get("message", "")
    if language == "java":
        at = trace.find(message) if message else 0
        found = JAVA_FRAME.findall(trace[at + len(message) :] if at >= 0 else "")
        return int(found[0]) if found else None
    if language == "javascript":
        at = trace.find(f": {message}")
        frames = trace[at + 2 + len(message) :] if at >= 0 else ""
        found = JS_FRAME.findall(frames)
        return int(found[0]) if found else None
    last = f"\n{error.get('type', '')}: {message}"
    frames = trace[: -len(last)] if trace.endswith(last) else ""
    lines = FRAME.findall(frames)
    return int(lines[-1]) if lines else None


def annotation(path: Path, report: Report, line: int) -> str:
    """A GitHub workflow command: an error on the solution's file and line."""
    message = f"{report.problem}: {verdict_line(report)}"
    if report.failure:
        message += "\n" + "\n".join(failure_lines(report.failure, report.verdict))
    where = f"file={_escape(_workspace_path(path), property=True)},line={line},title=judge"
    return f"::error {where}::{_escape(message)}"


def _workspace_path(path: Path) -> str:
    """Relative to the working directory (the checkout, in a workflow) when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _escape(text: str, property: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property else text
