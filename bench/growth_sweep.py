"""Every accepted, not_optimal and too_slow submission of the library, judged once, in parallel.

    .venv/bin/python bench/growth_sweep.py [-j 2]

Prints one line per submission (wall, sizes measured, verdict, the growth note),
marks any whose verdict is not the one its folder names, then a summary: how many
matched, how many were inconclusive, the median and mean wall. Run with -j equal to
the cores to judge under the load `judge check` puts on the machine.
"""

from __future__ import annotations

import argparse
import statistics
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "problems"
FOLDERS = ("accepted", "not_optimal", "too_slow")


def judge_one(path: Path) -> tuple[str, str, int, float]:
    from judge import registry
    from judge.engine import RunOptions, judge_solution
    from judge.sandbox.docker import worker_backend
    from judge.verify import outcome

    slug = path.relative_to(ROOT).parts[0]
    began = time.monotonic()
    report = judge_solution(
        registry.get(slug), path.read_bytes(), path.name, worker_backend("growth-sweep"), RunOptions()
    )
    growth = report.complexity
    sizes = len(growth.sizes) if growth and growth.sizes else 0
    return outcome(report), growth.note if growth else "", sizes, time.monotonic() - began


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-j", "--jobs", type=int, default=2)
    jobs = parser.parse_args().jobs
    files = [p for folder in FOLDERS for p in sorted(ROOT.glob(f"*/submissions/{folder}/*.py"))]
    walls: list[float] = []
    wrong = unsure = 0
    began = time.monotonic()
    with ProcessPoolExecutor(jobs) as pool:
        for path, (verdict, note, sizes, wall) in zip(files, pool.map(judge_one, files), strict=True):
            wanted = path.parent.name
            walls.append(wall)
            wrong += verdict != wanted
            unsure += note.startswith("inconclusive")
            flag = "" if verdict == wanted else f"   <<< wanted {wanted}"
            print(
                f"{wall:5.1f} s {sizes:2d} sizes {verdict:10} {path.relative_to(ROOT)} {note}{flag}",
                flush=True,
            )
    print(
        f"{len(files) - wrong}/{len(files)} as their folders say, {unsure} inconclusive; "
        f"wall per submission median {statistics.median(walls):.1f} s, mean {statistics.fmean(walls):.2f} s; "
        f"{time.monotonic() - began:.0f} s in all with -j {jobs}"
    )


if __name__ == "__main__":
    main()
