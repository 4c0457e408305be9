"""A practice repository: finding its solutions, and judging them all (`judge check`).

A file is a solution to problem SLUG when its name is `SLUG.py`, when one of its
first lines is `# judge: SLUG`, or when `judge.toml` at the repository's root maps
it (`[solutions]` table: "path/to/file.py" = "slug"). Files that are none of these
are listed as unknown, never silently skipped.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from judge.errors import UsageError
from judge.report import Failure, Report, Verdict

CONFIG = "judge.toml"
HEADER = re.compile(r"^#\s*judge:\s*([a-z0-9_]+)\s*$")
SKIP_DIRS = {".git", ".venv", "venv", "__pycache__", "node_modules", ".tox", ".mypy_cache", ".pytest_cache"}


@dataclass(frozen=True)
class Found:
    path: Path
    slug: str | None  # None: no problem could be matched


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


def load_config(root: Path) -> dict[str, str]:
    path = root / CONFIG
    if not path.exists():
        return {}
    try:
        raw = tomllib.loads(path.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise UsageError(f"{path}: {e}") from None
    return {str((root / k).resolve()): v for k, v in raw.get("solutions", {}).items()}


def python_files(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("."))
        for name in sorted(filenames):
            if name.endswith(".py") and not name.startswith("test_") and name != "__init__.py":
                yield Path(dirpath) / name


def discover(root: Path, known: set[str]) -> list[Found]:
    """Every Python file under root, with the problem it solves when one matches."""
    if not root.is_dir():
        raise UsageError(f"Not a directory: {root}")
    mapped = load_config(root)
    out = []
    for path in python_files(root):
        slug = mapped.get(str(path.resolve())) or _header_slug(path)
        if slug is None and path.stem in known:
            slug = path.stem
        out.append(Found(path, slug if slug in known else None))
    return out


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
    found: list[Found], jobs: int, done: Callable[[Found, Report], None]
) -> list[tuple[Found, Report]]:
    """Judge every matched solution, `jobs` at a time; `done` hears each as it finishes."""
    todo = [f for f in found if f.slug is not None]
    results: dict[Path, Report] = {}
    with ProcessPoolExecutor(max_workers=max(1, jobs), mp_context=get_context("spawn")) as pool:
        futures = {pool.submit(_judge_one, str(f.slug), str(f.path)): f for f in todo}
        for future in as_completed(futures):
            item = futures[future]
            report = future.result()
            results[item.path] = report
            done(item, report)
    return [(f, results[f.path]) for f in todo]


def failure_line(report: Report) -> int:
    """The solution's line to annotate: the last traceback frame in it, else 1."""
    if report.failure and report.failure.error:
        lines = re.findall(r"line (\d+), in ", report.failure.error.get("traceback", ""))
        if lines:
            return int(lines[-1])
    return 1
