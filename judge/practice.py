"""A practice repository: finding its solutions, and judging them all (`judge check`).

A file is a solution to problem SLUG when its name is `SLUG.py`, when one of its
first lines is `# judge: SLUG`, or when `judge.toml` at the repository's root maps
it (`[solutions]` table: "path/to/file.py" = "slug"). Files that are none of these
are listed as unknown, never silently skipped.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from judge.errors import UsageError
from judge.render import failure_lines
from judge.report import Failure, Report, Verdict

CONFIG = "judge.toml"
UNMATCHED_HINT = "name it SLUG.py, add '# judge: SLUG' as a first line, or map it in judge.toml"
HEADER = re.compile(r"^#\s*judge:\s*([a-z0-9_]+)\s*$")
FRAME = re.compile(r'^  File ".*", line (\d+), in ', re.M)
COMPILE_LINE = re.compile(r"\(line (\d+)\)$")
SKIP_DIRS = {".git", ".venv", "venv", "__pycache__", "node_modules", ".tox", ".mypy_cache", ".pytest_cache"}


@dataclass(frozen=True)
class Found:
    path: Path
    slug: str | None  # None: no problem could be matched
    why: str = ""  # why not, when slug is None


def _header_slug(path: Path) -> str | None:
    try:
        with path.open("r", encoding="utf-8", errors="replace") as f:
            for _, line in zip(range(5), f, strict=False):
                match = HEADER.match(line.strip())
                if match:
                    return match.group(1)
    except OSError:
        return None
    return None


def find_config(start: Path) -> Path | None:
    """judge.toml in start or the nearest folder above it, not past the repository's root."""
    for folder in [start.resolve(), *start.resolve().parents]:
        if (folder / CONFIG).is_file():
            return folder / CONFIG
        if (folder / ".git").exists():
            return None
    return None


def load_config(start: Path) -> dict[str, str]:
    """The [solutions] mapping of the judge.toml that governs start: resolved path -> slug.
    Paths in it are relative to the folder judge.toml is in."""
    path = find_config(start)
    if path is None:
        return {}
    try:
        raw = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise UsageError(f"{path}: {e}") from None
    solutions = raw.get("solutions", {})
    if not isinstance(solutions, dict) or not all(isinstance(v, str) for v in solutions.values()):
        raise UsageError(f'{path}: [solutions] maps file paths to problem slugs ("a/b.py" = "two_sum")')
    return {str((path.parent / k).resolve()): v for k, v in solutions.items()}


def python_files(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("."))
        for name in sorted(filenames):
            if name.endswith(".py") and not name.startswith("test_") and name != "__init__.py":
                yield Path(dirpath) / name


def discover(root: Path, known: set[str]) -> list[Found]:
    """Every Python file under root, with the problem it solves when one matches, and
    every file judge.toml maps under root that is not there."""
    if not root.is_dir():
        raise UsageError(f"Not a directory: {root}")
    mapped = load_config(root)
    out = []
    seen = set()
    for path in python_files(root):
        seen.add(str(path.resolve()))
        named = mapped.get(str(path.resolve())) or _header_slug(path)
        slug = named or (path.stem if path.stem in known else None)
        if slug in known:
            out.append(Found(path, slug))
        elif named:
            out.append(
                Found(path, None, f"it names problem {named!r}, which does not exist{_near(named, known)}")
            )
        else:
            out.append(Found(path, None, UNMATCHED_HINT + _near(path.stem, known)))
    inside = root.resolve()
    for target in mapped:
        if target not in seen and Path(target).is_relative_to(inside) and not Path(target).exists():
            out.append(Found(Path(target), None, "judge.toml maps this file, but it does not exist"))
    return out


def _near(name: str, known: set[str]) -> str:
    near = difflib.get_close_matches(name, known, n=1, cutoff=0.8)
    return f"; did you mean {near[0]}?" if near else ""


def shard(items: list[Found], spec: str | None) -> list[Found]:
    """K/N: the K-th of N interleaved slices (1-based), for CI matrices."""
    if not spec:
        return items
    match = re.fullmatch(r"(\d+)/(\d+)", spec)
    if not match or not 1 <= int(match.group(1)) <= int(match.group(2)):
        raise UsageError(f"--shard takes K/N with 1 <= K <= N, not {spec!r}")
    k, n = int(match.group(1)), int(match.group(2))
    return [item for i, item in enumerate(items) if i % n == k - 1]


def _judge_one(slug: str, path: str) -> Report:
    """Runs in a worker process: one solution, its own Docker connection."""
    from judge import registry
    from judge.engine import RunOptions, judge_solution, read_solution
    from judge.errors import JudgeError
    from judge.sandbox.docker import DockerBackend, DockerEngine

    try:
        engine = DockerEngine.connect()
        engine.require_image()
        problem = registry.get(slug)
        data = read_solution(Path(path))
        return judge_solution(problem, data, path, DockerBackend(engine), RunOptions())
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
    todo = [f for f in found if f.slug is not None]
    results: dict[Path, Report] = {}
    workers = max(1, min(jobs, len(todo)))
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        pending = {pool.submit(_judge_one, str(f.slug), str(f.path)): f for f in todo}
        while pending:
            finished, _ = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
            for future in finished:
                item = pending.pop(future)
                results[item.path] = future.result()
                done(item, results[item.path])
            if pending:
                # The pool hands a worker its next item early: the first `jobs` are the ones judged.
                waiting([item for future, item in pending.items() if future.running()][:jobs])
    return [(f, results[f.path]) for f in todo]


def failure_line(report: Report, source: str, entry: str) -> int:
    """The solution's line to point at: where it raised or failed to compile, else where
    its entry point (`def entry` or `class entry`) is defined, else line 1."""
    failure = report.failure
    if failure and failure.error:
        trace = failure.error.get("traceback", "")
        # The message is the solution's own text: only the frames above it count.
        last = f"\n{failure.error.get('type', '')}: {failure.error.get('message', '')}"
        frames = trace[: -len(last)] if trace.endswith(last) else ""
        lines = FRAME.findall(frames)
        if lines:
            return int(lines[-1])
    if failure and report.verdict is Verdict.COMPILE_ERROR:
        match = COMPILE_LINE.search(failure.reason or "")
        if match:
            return int(match.group(1))
    defined = re.search(rf"^[ \t]*(?:async[ \t]+)?(?:def|class)[ \t]+{re.escape(entry)}\b", source, re.M)
    return source.count("\n", 0, defined.start()) + 1 if defined else 1


def annotation(path: Path, report: Report, line: int) -> str:
    """A GitHub workflow command: an error on the solution's file and line."""
    message = f"{report.problem}: {report.verdict.label} ({report.verdict.code})"
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
