"""How far each time_limit_exceeded submission is past its problem's time limit.

    .venv/bin/python bench/tle_margin.py [SLUG ...] [--factor 3]

Judges every submissions/time_limit_exceeded/ file (of the problems named, or of all)
with the problem's time limit multiplied by --factor. A submission that is still TLE
there exceeds the limit by at least that factor, so a faster machine will not accept
it; one that is not is listed with the verdict it got, to be made slower or moved to
too_slow. Prints one line per submission and a summary.
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "problems"


def main() -> None:
    from judge import registry
    from judge.engine import RunOptions, judge_solution
    from judge.sandbox.docker import worker_backend

    parser = argparse.ArgumentParser()
    parser.add_argument("slugs", nargs="*")
    parser.add_argument("--factor", type=float, default=3.0)
    args = parser.parse_args()
    slugs = args.slugs or registry.slugs()
    backend = worker_backend("tle-margin")
    short = 0
    files = [
        p for slug in slugs for p in sorted((ROOT / slug / "submissions/time_limit_exceeded").glob("*.py"))
    ]
    for path in files:
        problem = registry.get(path.relative_to(ROOT).parts[0])
        stretched = dataclasses.replace(problem, time_limit_s=problem.time_limit_s * args.factor)
        began = time.monotonic()
        report = judge_solution(stretched, path.read_bytes(), path.name, backend, RunOptions(seed=0))
        ok = report.verdict.value == "time_limit_exceeded"
        short += not ok
        flag = "" if ok else f"   <<< not TLE at {args.factor:g}x the limit"
        print(
            f"{time.monotonic() - began:5.1f} s  limit {problem.time_limit_s:g} s x {args.factor:g}  "
            f"{report.verdict.value:22} {path.relative_to(ROOT)}{flag}",
            flush=True,
        )
    print(f"{len(files) - short}/{len(files)} still TLE at {args.factor:g}x their time limit")


if __name__ == "__main__":
    main()
