"""Issue 14's benchmark: the wall time of `judge run` for an accepted two_sum in each
language the judge runs, beside Python's, runs interleaved (prints figures; not a test).
Machines are shared and noisy: read the ratios.

    .venv/bin/python bench/languages.py [--runs 7] [--slug two_sum]

Each language's solution is the first file of its ending under the problem's
submissions/accepted/. Two figures per language: `judge run` with its defaults, and
with `--no-growth --examples 0` (examples and hidden cases only). Python's runs claim
spare sandboxes (as `judge run` does); other languages start theirs as they go.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge import languages  # noqa: E402

MODES = {"defaults": [], "no growth, no generated": ["--no-growth", "--examples", "0"]}


def solution_for(slug: str, language: languages.Language) -> Path | None:
    accepted = ROOT / "problems" / slug / "submissions" / "accepted"
    found = sorted(p for p in accepted.iterdir() if p.suffix in language.extensions)
    return found[0] if found else None


def timed(command: list[str]) -> float:
    began = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--slug", default="two_sum")
    args = parser.parse_args()
    judge = [sys.executable, "-m", "judge", "run", args.slug]
    files = {
        lang.name: path
        for lang in languages.LANGUAGES.values()
        if lang.judged and (path := solution_for(args.slug, lang)) is not None
    }
    times: dict[tuple[str, str], list[float]] = {}
    for _ in range(args.runs):
        for mode, flags in MODES.items():
            for name, path in files.items():
                times.setdefault((name, mode), []).append(timed([*judge, str(path), *flags]))
    print(f"judge run {args.slug}, median of {args.runs} runs, interleaved")
    for mode in MODES:
        python = statistics.median(times[("python", mode)])
        for name, path in files.items():
            median = statistics.median(times[(name, mode)])
            print(f"  {mode:24} {name:11} {median:6.2f} s  {median / python:4.2f}x Python  ({path.name})")


if __name__ == "__main__":
    main()
