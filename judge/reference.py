"""The reference solution, run on the host: it is trusted code and the source of truth.

It is called through the same codec as a solution in the sandbox (judge.harness
codec.prepare / codec.finish), so its answer is plain data of exact types, directly
comparable with what the sandbox sends back.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from judge.harness import codec, loader
from judge.problem import Problem

# References recurse as deep as the problem allows; the host's default is too low.
HOST_RECURSION_LIMIT = 200_000


class Reference:
    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.spec = problem.spec()
        source = problem.reference_path.read_text("utf-8")
        self.entry: Callable[..., Any]
        self.entry, _ = loader.load(source, str(problem.reference_path), self.spec)
        raise_recursion_limit()

    def answer(self, args: dict[str, Any]) -> Any:
        """The expected answer, as plain data (computed afresh: callers keep what they reuse)."""
        positional, built = codec.prepare(self.spec, args)
        returned = self.entry(*positional)
        return codec.finish(self.spec, built, returned)


def raise_recursion_limit() -> None:
    """The host's recursion limit, raised once for the references. Done before any input
    is drawn too: Hypothesis, drawing in another thread, saves and restores the limit,
    and warns when it changed meanwhile."""
    if sys.getrecursionlimit() < HOST_RECURSION_LIMIT:
        sys.setrecursionlimit(HOST_RECURSION_LIMIT)
