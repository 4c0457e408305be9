"""Save-to-verdict latency of `judge watch` (prestarted sandboxes), median of several saves.

.venv/bin/python bench/watch_latency.py [--saves 7]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
from pathlib import Path

from judge import registry
from judge.engine import RunOptions, judge_solution, start_drawing
from judge.sandbox.base import Limits
from judge.sandbox.docker import DockerBackend, DockerEngine
from judge.sandbox.warm import WarmBackend
from judge.watch import watch

SOLUTION = (
    Path(__file__).resolve().parent.parent / "problems/binary_search/submissions/accepted/class_iterative.py"
)


def measure(saves: int, growth: bool) -> tuple[list[float], list[float]]:
    """Save-to-verdict latencies, and how long judging itself took on each save."""
    problem = registry.get("binary_search")
    backend = WarmBackend(DockerBackend(DockerEngine.connect()), Limits(memory_mb=problem.memory_mb))
    latencies: list[float] = []
    judging: list[float] = []
    judged = threading.Event()
    saved_at = [0.0]
    stop = threading.Event()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "binary_search.py"
        path.write_text(SOLUTION.read_text())

        drawing = [start_drawing(problem, None, None)]  # as `judge watch` does: drawn while the person types

        def judge_once() -> None:
            began = time.perf_counter()
            options = RunOptions(growth=growth, drawing=drawing[0])
            judge_solution(problem, path.read_bytes(), path.name, backend, options)
            drawing[0] = start_drawing(problem, None, None)
            if saved_at[0]:
                latencies.append(time.perf_counter() - saved_at[0])
                judging.append(time.perf_counter() - began)
            judged.set()

        thread = threading.Thread(target=watch, args=(path, judge_once, stop.is_set), daemon=True)
        thread.start()
        try:
            judged.wait(60)
            for i in range(saves):
                judged.clear()
                time.sleep(1.0)  # the person types; the next sandboxes start meanwhile
                saved_at[0] = time.perf_counter()
                path.write_text(SOLUTION.read_text() + f"\n# save {i}\n")
                judged.wait(60)
        finally:
            stop.set()
            thread.join(10)
            backend.close()
    return latencies, judging


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--saves", type=int, default=7)
    opts = parser.parse_args()
    for growth in (False, True):
        latencies, judging = measure(opts.saves, growth)
        label = "with the growth check" if growth else "--no-growth"
        print(
            f"save to verdict, {label}: median {statistics.median(latencies):.2f} s over "
            f"{len(latencies)} saves (judging itself: median {statistics.median(judging):.2f} s)"
        )


if __name__ == "__main__":
    main()
