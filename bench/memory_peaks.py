"""Peak memory of every accepted and not_optimal submission, against the problem's limit.

    .venv/bin/python bench/memory_peaks.py [-j 2] [SLUG ...]

Judges each submission once (examples, hidden cases and generated inputs; no growth
check, whose inputs go past the constraints) and prints, per problem, the highest peak
resident memory a submission reached, which one, and the share of the memory limit it
used. The limit is chosen so that every standard memoised or tabulated solution inside
the constraints passes with room to spare: this shows the room.
"""

from __future__ import annotations

import argparse
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "problems"
FOLDERS = ("accepted", "not_optimal")


def peak(path: Path) -> tuple[str, int | None]:
    from judge import registry
    from judge.engine import RunOptions, judge_solution
    from judge.sandbox.docker import worker_backend

    problem = registry.get(path.relative_to(ROOT).parts[0])
    backend = worker_backend("memory-peaks")
    report = judge_solution(problem, path.read_bytes(), path.name, backend, RunOptions(growth=False))
    return report.verdict.value, report.timing.peak_memory_kb if report.timing else None


def main() -> None:
    from judge import registry

    parser = argparse.ArgumentParser()
    parser.add_argument("slugs", nargs="*")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    args = parser.parse_args()
    slugs = args.slugs or registry.slugs()
    files = [p for s in slugs for f in FOLDERS for p in sorted((ROOT / s / "submissions" / f).glob("*.py"))]
    highest: dict[str, tuple[int, str]] = {}
    with ProcessPoolExecutor(args.jobs) as pool:
        for path, (verdict, kb) in zip(files, pool.map(peak, files), strict=True):
            slug = path.relative_to(ROOT).parts[0]
            name = f"{path.parent.name}/{path.name}"
            if verdict != "accepted":
                print(f"{slug}: {name} was {verdict}", flush=True)
            if kb is not None and kb > highest.get(slug, (0, ""))[0]:
                highest[slug] = (kb, name)
    print(f"{'problem':36} {'peak':>9} {'limit':>7} {'share':>6}  submission")
    for slug in slugs:
        if slug not in highest:
            continue
        kb, name = highest[slug]
        limit = registry.get(slug).memory_mb
        print(f"{slug:36} {kb / 1024:7.1f} MB {limit:5d} MB {kb / 1024 / limit:6.1%}  {name}")
    top = max(highest.values(), default=(0, ""))
    print(f"highest peak: {top[0] / 1024:.1f} MB ({top[1]})")


if __name__ == "__main__":
    main()
