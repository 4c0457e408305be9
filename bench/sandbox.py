"""Sandbox and judge timings on an accepted binary_search (prints figures; not a test).

    .venv/bin/python bench/sandbox.py [--runs N]

Container start (create + attach + start + boot + load) and stop, the per-call round
trip through the container against the same call in-process, property-test throughput,
and the wall time of whole `judge run` commands. Each figure is the median of several
runs; record them in BENCHMARKS.md with the machine they were taken on.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from judge import registry
from judge.engine import Run, RunOptions
from judge.harness import codec, loader
from judge.properties import explore
from judge.sandbox.base import Limits, Program
from judge.sandbox.docker import DockerBackend, DockerEngine

ROOT = Path(__file__).resolve().parent.parent
SOLUTION = ROOT / "problems" / "binary_search" / "submissions" / "accepted" / "class_iterative.py"
ARGS = {"nums": list(range(0, 200, 2)), "target": 64}


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def p99(xs: list[float]) -> float:
    return sorted(xs)[min(len(xs) - 1, int(len(xs) * 0.99))]


def bench_start(backend: DockerBackend, program: Program, runs: int) -> tuple[float, float]:
    starts, stops = [], []
    for _ in range(runs):
        t = time.perf_counter()
        sandbox = backend.start(Limits())
        assert sandbox.load(program, 5).ok
        starts.append(time.perf_counter() - t)
        t = time.perf_counter()
        sandbox.close()
        stops.append(time.perf_counter() - t)
    return median(starts), median(stops)


def bench_round_trip(backend: DockerBackend, program: Program, calls: int) -> tuple[float, float, float]:
    sandbox = backend.start(Limits())
    try:
        assert sandbox.load(program, 5).ok
        walls, inside = [], []
        for _ in range(calls):
            result = sandbox.call(ARGS, 1.0)
            walls.append(result.wall_ns / 1e3)
            inside.append((result.inside_ns or 0) / 1e3)
    finally:
        sandbox.close()
    return median(walls), p99(walls), median(inside)


def bench_in_process(program: Program, calls: int) -> float:
    entry, _ = loader.load(program.source, "s.py", program.spec)
    times = []
    for _ in range(calls):
        positional, built = codec.prepare(program.spec, ARGS)
        t = time.perf_counter_ns()
        codec.finish(program.spec, built, entry(*positional))
        times.append((time.perf_counter_ns() - t) / 1e3)
    return median(times)


def bench_properties(backend: DockerBackend, runs: int, examples: int = 200) -> float:
    problem = registry.get("binary_search")
    rates = []
    for i in range(runs):
        run = Run(problem, SOLUTION.read_text(), SOLUTION.name, backend, RunOptions())
        try:
            assert run.load()
            t = time.perf_counter()
            found = explore(problem.slug, problem.cases.inputs(), run.call, examples, seed=i)
            rates.append(found.tried / (time.perf_counter() - t))
        finally:
            run.solution_box.close()
            run.reference_box.close()
    return median(rates)


def bench_cli(runs: int, *extra: str) -> float:
    walls = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "judge", "run", "binary_search", str(SOLUTION), *extra],
            check=True,
            capture_output=True,
        )
        walls.append(time.perf_counter() - t)
    return median(walls)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--calls", type=int, default=1000)
    opts = parser.parse_args()
    engine = DockerEngine.connect()
    backend = DockerBackend(engine)
    problem = registry.get("binary_search")
    program = Program(SOLUTION.read_text(), SOLUTION.name, problem.spec())
    print(f"machine: {os.cpu_count()} cores, {engine.version()}, Python {sys.version.split()[0]}")
    start, stop = bench_start(backend, program, opts.runs)
    print(
        f"container start to loaded (median of {opts.runs}): {start * 1e3:.0f} ms; close: {stop * 1e3:.0f} ms"
    )
    wall, tail, inside = bench_round_trip(backend, program, opts.calls)
    local = bench_in_process(program, opts.calls)
    print(
        f"call round trip (median of {opts.calls}): {wall:.0f} µs, p99 {tail:.0f} µs; "
        f"inside the container {inside:.1f} µs; same call in-process {local:.1f} µs"
    )
    print(
        f"generated inputs through the container: {bench_properties(backend, 3):.0f} per second (median of 3)"
    )
    runs = max(opts.runs // 2, 3)
    print(f"judge run wall (median of {runs}), defaults: {bench_cli(runs):.2f} s")
    print(f"judge run wall, --no-growth: {bench_cli(runs, '--no-growth'):.2f} s")
    print(
        f"judge run wall, --no-growth --examples 0: {bench_cli(runs, '--no-growth', '--examples', '0'):.2f} s"
    )


if __name__ == "__main__":
    main()
