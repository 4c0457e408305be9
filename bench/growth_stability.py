"""Growth-check stability: the same verdicts over repeated runs while a core is busy.

    .venv/bin/python bench/growth_stability.py [--runs 10] [--no-load]

Judges each listed submission --runs times with a busy-loop process pinned to load
one of the two cores, and prints how many runs gave the verdict its folder names.
"""

from __future__ import annotations

import argparse
import multiprocessing
import time
from collections import Counter
from pathlib import Path

from judge import registry
from judge.engine import RunOptions, backend_for, judge_solution
from judge.sandbox.docker import DockerBackend, DockerEngine
from judge.verify import outcome

ROOT = Path(__file__).resolve().parent.parent / "problems"
CASES = [
    "binary_search/submissions/accepted/class_iterative.py",
    "binary_search/submissions/accepted/recursive.py",
    "binary_search/submissions/too_slow/linear_scan.py",
    "binary_search/submissions/too_slow/list_index.py",
    "reverse_linked_list/submissions/not_optimal/*.py",
    "reverse_linked_list/submissions/accepted/*.py",
    "merge_intervals/submissions/not_optimal/pop_front.py",
    "missing_number/submissions/accepted/set_difference.py",
    "longest_increasing_subsequence/submissions/not_optimal/quadratic_dp.py",
    "linked_list_cycle/submissions/not_optimal/list_of_seen_nodes.py",
    "container_with_most_water/submissions/too_slow/*.py",
    # native speed, the follow-up judged on sizes timed for it (complexity.follow_up_sizes)
    "last_stone_weight/submissions/accepted/max_heap.cpp",
    "linked_list_cycle/submissions/accepted/floyd.cpp",
    "max_depth_binary_tree/submissions/accepted/recursive.java",
    "subtree_of_another_tree/submissions/not_optimal/compare_every_node.js",
    "longest_palindromic_substring/submissions/not_optimal/*.js",
    "longest_palindromic_substring/submissions/not_optimal/*.cpp",
    "lru_cache/submissions/accepted/map_in_recency_order.js",
    # native speed, an exponential follow-up judged on the bar's sizes (n = 6 to 16)
    "generate_parentheses/submissions/accepted/*.[cj]*",
    "subsets_ii/submissions/accepted/*.[cj]*",
    "generate_parentheses/submissions/not_optimal/*.py",
    "subsets_ii/submissions/not_optimal/*.py",
]


def burn(stop_at: float) -> None:
    while time.time() < stop_at:
        sum(range(10_000))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--no-load", action="store_true")
    parser.add_argument("--only", default="", help="judge only the cases whose pattern contains this")
    opts = parser.parse_args()
    backend = DockerBackend(DockerEngine.connect())
    loader = None
    if not opts.no_load:
        loader = multiprocessing.Process(target=burn, args=(time.time() + 3600,), daemon=True)
        loader.start()
    try:
        for pattern in (c for c in CASES if opts.only in c):
            for path in sorted(ROOT.glob(pattern)):
                problem = registry.get(path.parts[-4])
                wanted = path.parent.name
                seen: Counter[str] = Counter()
                for i in range(opts.runs):
                    report = judge_solution(
                        problem, path.read_bytes(), path.name, backend_for(backend, path), RunOptions(seed=i)
                    )
                    got = outcome(report)
                    seen[got] += 1
                    if got != wanted and report.complexity is not None:
                        c = report.complexity
                        pairs = zip(c.solution_ns, c.reference_ns, strict=True)
                        ratios = [round(s / max(r, 1), 1) for s, r in pairs]
                        print(f"      run {i}: {got}: {c.note} ratios {ratios}", flush=True)
                print(
                    f"{seen[wanted]:2}/{opts.runs} {wanted:20} {path.relative_to(ROOT)}  {dict(seen)}",
                    flush=True,
                )
    finally:
        if loader is not None:
            loader.terminate()


if __name__ == "__main__":
    main()
