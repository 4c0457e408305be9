"""The speed figures of issue 15, each beside its baseline taken in the same run (prints
figures; not a test). Machines are shared and noisy: read the ratios.

    .venv/bin/python bench/speed.py [--runs 7] [--calls 500] [--check 50,100,150] [--watch]
                                    [--before DIR] [--round-trip-only]

- `judge run binary_search` (defaults, and `--no-growth --examples 0`) against a bare
  `docker run --rm --network none IMAGE python3 -c pass`, runs interleaved, with the
  resident judge (judge/resident/) and without it (JUDGE_RESIDENT=0), spares on
  (the person reads a verdict before the next run: the bench waits for the spares the
  last run left, as that reading would);
- a call's round trip through the container, alone and in a batch, against the same
  call's time inside the container, over Docker's attach stream and over the direct
  channel (judge/sandbox/channel.py) in turn;
- `judge watch`, save to verdict without the growth check (bench/watch_latency.py);
- `judge check -j 2` of a practice repository of accepted solutions at several sizes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge import registry  # noqa: E402
from judge.sandbox import channel, spares  # noqa: E402
from judge.sandbox.base import Limits, Program  # noqa: E402
from judge.sandbox.docker import IMAGE, DockerBackend, DockerEngine  # noqa: E402

SOLUTION = ROOT / "problems" / "binary_search" / "submissions" / "accepted" / "class_iterative.py"
ARGS = {"nums": list(range(0, 200, 2)), "target": 64}


def timed(command: list[str], env: dict[str, str] | None = None) -> float:
    began = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - began


def wait_for_spares(engine: DockerEngine, limits: Limits, count: int, timeout_s: float = 10) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and len(spares.waiting(engine.client.api, IMAGE, limits)) < count:
        time.sleep(0.05)


def timed_in(folder: Path | None, command: list[str], env: dict[str, str]) -> float:
    """A judge command run from `folder`'s checkout (its `judge` package first on the path)."""
    began = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env, cwd=folder)
    return time.perf_counter() - began


def bench_runs(engine: DockerEngine, runs: int, before: Path | None) -> None:
    """Bare docker runs and judge runs interleaved; with `before`, the same judge runs from
    another checkout (the code before a change) in the same loop."""
    bare = ["docker", "run", "--rm", "--network", "none", IMAGE, "python3", "-c", "pass"]
    judge = [sys.executable, "-m", "judge", "run", "binary_search", str(SOLUTION)]
    cases = [*judge, "--no-growth", "--examples", "0"]
    env = {**os.environ, spares.ENV_COUNT: "2"}
    cold_env = {**os.environ, spares.ENV_COUNT: "0"}
    imports_env = {**env, "JUDGE_RESIDENT": "0"}  # every command imports the judge itself
    limits = Limits(memory_mb=registry.get("binary_search").memory_mb)
    figures: dict[str, list[float]] = {}

    def add(name: str, seconds: float) -> None:
        figures.setdefault(name, []).append(seconds)

    timed(cases, env)  # leaves the first spares
    for _ in range(runs):
        add("bare docker run", timed(bare))
        wait_for_spares(engine, limits, 2)
        add("judge run, defaults", timed_in(ROOT, judge, env))
        wait_for_spares(engine, limits, 2)
        add("judge run --no-growth --examples 0", timed_in(ROOT, cases, env))
        add("the same, no spares", timed_in(ROOT, cases, cold_env))
        wait_for_spares(engine, limits, 2)
        add("judge run, defaults, no resident judge", timed_in(ROOT, judge, imports_env))
        wait_for_spares(engine, limits, 2)
        add("judge run --no-growth --examples 0, no resident judge", timed_in(ROOT, cases, imports_env))
        if before is not None:
            add("before: judge run, defaults", timed_in(before, judge, cold_env))
            add("before: judge run --no-growth --examples 0", timed_in(before, cases, cold_env))
    base = statistics.median(figures.pop("bare docker run"))
    print(f"bare docker run (median of {runs}): {base:.2f} s")
    for name, walls in figures.items():
        wall = statistics.median(walls)
        print(f"{name}: {wall:.2f} s = {wall / base:.2f}x the bare run")
    wait_for_spares(engine, limits, 2)


def round_trip(engine: DockerEngine, calls: int) -> tuple[float, float, float, bool]:
    """(the call inside, its round trip alone, per call in a batch), in ns, and whether the
    sandbox spoke over the direct channel."""
    problem = registry.get("binary_search")
    program = Program(SOLUTION.read_text(), SOLUTION.name, problem.spec())
    sandbox = DockerBackend(engine).start(Limits())
    try:
        assert sandbox.load(program, 5).ok
        alone = [sandbox.call(ARGS, 1.0) for _ in range(calls)]
        began = time.perf_counter_ns()
        batched = sandbox.call_many([ARGS] * calls, 1.0)
        batch_ns = (time.perf_counter_ns() - began) / calls
        direct = sandbox.transport.direct is not None
    finally:
        sandbox.close()
    inside = statistics.median(r.inside_ns or 0 for r in alone + batched)
    return inside, statistics.median(r.wall_ns for r in alone), batch_ns, direct


def bench_round_trip(engine: DockerEngine, calls: int, rounds: int = 3) -> None:
    """Over Docker's attach stream (the baseline) and over the direct channel, in turn."""
    figures: dict[str, list[tuple[float, float, float]]] = {}
    for _ in range(rounds):
        for setting in ("attach", ""):
            os.environ[channel.ENV] = setting
            inside, trip, batch, direct = round_trip(engine, calls)
            figures.setdefault("direct channel" if direct else "attach stream", []).append(
                (inside, trip, batch)
            )
    os.environ.pop(channel.ENV)
    for name, runs in figures.items():
        inside, trip, batch = (statistics.median(r[i] for r in runs) for i in range(3))
        print(
            f"{name}: call inside the container (median): {inside / 1e3:.1f} µs; round trip alone: "
            f"{trip / 1e3:.0f} µs = {trip / inside:.0f}x; per call in a batch of {calls}: "
            f"{batch / 1e3:.0f} µs = {batch / inside:.0f}x (medians of {len(runs)} sandboxes)"
        )


def practice_repository(folder: Path, size: int) -> None:
    """`size` accepted solutions named the LeetHub way, cycling through the library."""
    files = [
        (problem, path)
        for problem in registry.all_problems()
        for path in sorted((problem.path / "submissions" / "accepted").glob("*.py"))
    ]
    files.sort(key=lambda item: (item[1].name, item[0].slug))  # the first of each problem first
    by_problem: dict[str, list[Path]] = {}
    for problem, path in files:
        by_problem.setdefault(problem.slug, []).append(path)
    chosen: list[tuple[str, Path]] = []
    depth = 0
    while len(chosen) < size:
        row = [(slug, paths[depth]) for slug, paths in sorted(by_problem.items()) if depth < len(paths)]
        if not row:
            break
        chosen += row
        depth += 1
    for i, (slug, path) in enumerate(chosen[:size]):
        (folder / f"{i:03d}_{slug}.py").write_text(f"# judge: {slug}\n" + path.read_text())


def bench_check(sizes: list[int]) -> None:
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            practice_repository(Path(tmp), size)
            began = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "judge", "check", tmp, "-j", "2"], capture_output=True, text=True
            )
            wall = time.perf_counter() - began
        summary = (done.stdout.strip().splitlines() or ["?"])[-1]
        each = wall / size
        print(f"judge check -j 2 of {size} accepted solutions: {wall:.0f} s ({each:.2f} s each): {summary}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--round-trip-only", action="store_true", help="only the round trips")
    parser.add_argument("--check", default="", help="repository sizes for judge check, e.g. 50,100,150")
    parser.add_argument("--watch", action="store_true", help="also run bench/watch_latency.py --saves 7")
    parser.add_argument(
        "--before", type=Path, help="a checkout of the code before (git worktree add DIR REV)"
    )
    opts = parser.parse_args()
    engine = DockerEngine.connect()
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, {engine.version()}")
    try:
        if not opts.round_trip_only:
            bench_runs(engine, opts.runs, opts.before)
        bench_round_trip(engine, opts.calls)
        if opts.watch:
            watch = [sys.executable, str(ROOT / "bench" / "watch_latency.py"), "--saves", "7"]
            subprocess.run(watch, check=True)
        if opts.check:
            bench_check([int(s) for s in opts.check.split(",")])
    finally:
        engine.prune()  # the spares its last `judge run` left (they would expire by themselves)


if __name__ == "__main__":
    main()
