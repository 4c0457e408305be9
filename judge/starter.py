"""Starter files: LeetCode's signature, and the examples in the docstring."""

from __future__ import annotations

import json
import re

from judge.problem import Method, Param, Problem

_NODE_COMMENTS = {
    "ListNode": [
        "# Definition for singly-linked list (provided by the judge, as on LeetCode):",
        "# class ListNode:",
        "#     def __init__(self, val=0, next=None):",
        "#         self.val = val",
        "#         self.next = next",
    ],
    "TreeNode": [
        "# Definition for a binary tree node (provided by the judge, as on LeetCode):",
        "# class TreeNode:",
        "#     def __init__(self, val=0, left=None, right=None):",
        "#         self.val = val",
        "#         self.left = left",
        "#         self.right = right",
    ],
    "Node": [
        "# Definition for a graph node (provided by the judge, as on LeetCode):",
        "# class Node:",
        "#     def __init__(self, val=0, neighbors=None):",
        "#         self.val = val",
        "#         self.neighbors = neighbors if neighbors is not None else []",
    ],
}


def signature_line(name: str, params: tuple[Param, ...], returns: str, self_arg: bool = True) -> str:
    shown = [p for p in params if p.passed]
    args = (["self"] if self_arg else []) + [f"{p.name}: {p.type}" for p in shown]
    arrow = f" -> {returns}" if returns else ""
    return f"def {name}({', '.join(args)}){arrow}:"


def signature(problem: Problem) -> str:
    if problem.kind in ("design", "roundtrip"):
        lines = [f"class {problem.class_name}:"]
        lines += [f"    {signature_line(m.name, m.params, m.returns)}" for m in problem.methods]
        return "\n".join(lines)
    return "class Solution:\n    " + signature_line(problem.function, problem.params, problem.returns)


def _example_lines(problem: Problem) -> list[str]:
    out = []
    for case in problem.examples():
        args = ", ".join(f"{k} = {json.dumps(v, separators=(',', ':'))}" for k, v in case.args.items())
        answer = json.dumps(case.expected, separators=(",", ":")) if case.has_expected else "?"
        out.append(f"    {args}  ->  {answer}")
    return out


def _method_body(method: Method) -> list[str]:
    return [f"    {signature_line(method.name, method.params, method.returns)}", "        pass", ""]


def starter_source(problem: Problem) -> str:
    title = problem.title + (f" (LeetCode {problem.leetcode})" if problem.leetcode else "")
    header = [
        f'"""{title} — {problem.difficulty}',
        "",
        f"Judge it with:  judge run {problem.slug} <this file>",
        "",
        "Examples:",
        *_example_lines(problem),
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import List, Optional  # noqa: F401  (also in the judge's prelude)",
        "",
    ]
    text = " ".join(p.type for p in problem.params) + " " + problem.returns
    text += " ".join(p.type for m in problem.methods for p in m.params)
    used = set(re.findall(r"\b(ListNode|TreeNode|Node)\b", text))
    for node, comment in _NODE_COMMENTS.items():
        if node in used:
            header += [*comment, ""]
    if problem.kind in ("design", "roundtrip"):
        body = [f"class {problem.class_name}:", ""]
        for method in problem.methods:
            body += _method_body(method)
    else:
        sig = signature_line(problem.function, problem.params, problem.returns)
        body = ["class Solution:", f"    {sig}", "        pass", ""]
    return "\n".join([*header, "", *body]).rstrip() + "\n"
