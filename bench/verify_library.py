"""`judge verify` of the whole library, several times over, with one core kept busy.

    .venv/bin/python bench/verify_library.py [--passes 3] [--no-load] [SLUG ...]

Each pass verifies every problem (or those named) in the real sandbox, as `judge verify`
does: the folder checks and every submission's verdict. A busy-loop process keeps one of
the machine's cores loaded throughout (--no-load: a quiet machine). Prints each finding as
it comes, then per pass the problems that passed and the time it took, and at the end
every submission whose verdict differed in some pass, with how often.
"""

from __future__ import annotations

import argparse
import collections
import multiprocessing
import time


def burn(stop_at: float) -> None:
    while time.time() < stop_at:
        pass


def main() -> None:
    from judge import registry
    from judge.sandbox.docker import worker_backend
    from judge.verify import verify

    parser = argparse.ArgumentParser()
    parser.add_argument("slugs", nargs="*")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--no-load", action="store_true")
    args = parser.parse_args()
    slugs = args.slugs or registry.slugs()
    backend = worker_backend("verify-library")
    loader = None
    if not args.no_load:
        loader = multiprocessing.Process(target=burn, args=(time.time() + 6 * 3600,), daemon=True)
        loader.start()
    misses: collections.Counter[str] = collections.Counter()
    try:
        for number in range(1, args.passes + 1):
            began = time.monotonic()
            clean = 0
            for slug in slugs:
                findings = verify(registry.get(slug), backend)
                clean += findings.ok
                for problem in findings.problems:
                    print(f"pass {number}: {slug}: {problem}", flush=True)
                misses.update(f"{slug}/{name}" for name, wanted, got in findings.submissions if wanted != got)
            print(
                f"pass {number}: {clean}/{len(slugs)} problems verified in {time.monotonic() - began:.0f} s"
                + ("" if args.no_load else " (one core busy)"),
                flush=True,
            )
    finally:
        if loader is not None:
            loader.terminate()
    for name, count in misses.most_common():
        print(f"{count}/{args.passes} passes: {name} got another verdict")


if __name__ == "__main__":
    main()
