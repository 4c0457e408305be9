"""Finding problems: the built-in library, plus folders named in JUDGE_PROBLEMS_PATH."""

from __future__ import annotations

import difflib
import os
from importlib import resources
from pathlib import Path

from judge.problem import Problem, ProblemError, load_problem

ENV_PATH = "JUDGE_PROBLEMS_PATH"


def builtin_root() -> Path:
    return Path(str(resources.files("judge_problems")))


def roots() -> list[Path]:
    extra = [Path(p) for p in os.environ.get(ENV_PATH, "").split(os.pathsep) if p]
    return [builtin_root(), *extra]


def problem_dirs() -> dict[str, Path]:
    """Every problem folder by slug; a later root overrides an earlier one."""
    found: dict[str, Path] = {}
    for root in roots():
        if not root.is_dir():
            continue
        for child in sorted(root.iterdir()):
            if (child / "problem.toml").is_file():
                found[child.name] = child
    return found


def slugs() -> list[str]:
    return sorted(problem_dirs())


def get(slug: str) -> Problem:
    dirs = problem_dirs()
    if slug not in dirs:
        near = difflib.get_close_matches(slug, dirs, n=3, cutoff=0.5)
        hint = f" Did you mean {', '.join(near)}?" if near else " See `judge list`."
        raise ProblemError(f"Unknown problem {slug!r}.{hint}")
    return load_problem(dirs[slug])


def all_problems() -> list[Problem]:
    return [load_problem(path) for path in problem_dirs().values()]
