"""What every language's starter file shares: its header, and the node classes its
signature uses (whose LeetCode definitions it shows in comments)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from judge.problem import Problem

NODE_NAMES = re.compile(r"\b(ListNode|TreeNode|Node)\b")


def nodes_used(problem: Problem) -> set[str]:
    """The node classes named by the problem's parameters and answers, design methods' too."""
    types = [p.type for p in problem.params] + [problem.returns]
    types += [p.type for m in problem.methods for p in m.params] + [m.returns for m in problem.methods]
    return set(NODE_NAMES.findall(" ".join(types)))


def header(problem: Problem, *notes: str) -> list[str]:
    """The first lines: the problem, how to judge the file, and the language's notes."""
    title = problem.title + (f" (LeetCode {problem.leetcode})" if problem.leetcode else "")
    return [
        f"// {title} — {problem.difficulty}",
        f"// Judge it with:  judge run {problem.slug} <this file>",
        *notes,
        "",
    ]
