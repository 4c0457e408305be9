"""JavaScript starters as LeetCode shows them: JSDoc types, `var f = function (...)`.

The problem folders state signatures in Python's types (problem.toml); `js_type` maps
them to the types LeetCode's JavaScript starters name, once, for every problem.
"""

from __future__ import annotations

import re

from judge.languages.starters import header, nodes_used
from judge.problem import Method, Param, Problem

SCALARS = {"int": "number", "float": "number", "str": "string", "bool": "boolean", "None": "void"}
NODES = {"ListNode": "ListNode", "TreeNode": "TreeNode", "Node": "_Node"}

NODE_COMMENTS = {
    "ListNode": [
        "Definition for singly-linked list (provided by the judge, as on LeetCode).",
        "function ListNode(val, next) {",
        "    this.val = (val===undefined ? 0 : val)",
        "    this.next = (next===undefined ? null : next)",
        "}",
    ],
    "TreeNode": [
        "Definition for a binary tree node (provided by the judge, as on LeetCode).",
        "function TreeNode(val, left, right) {",
        "    this.val = (val===undefined ? 0 : val)",
        "    this.left = (left===undefined ? null : left)",
        "    this.right = (right===undefined ? null : right)",
        "}",
    ],
}
GRAPH_NODE = [
    "// Definition for a _Node (provided by the judge, as on LeetCode).",
    "function _Node(val, neighbors) {",
    "   this.val = val === undefined ? 0 : val;",
    "   this.neighbors = neighbors === undefined ? [] : neighbors;",
    "};",
]
RANDOM_NODE = [
    "// Definition for a _Node (provided by the judge, as on LeetCode).",
    "function _Node(val, next, random) {",
    "   this.val = val;",
    "   this.next = next;",
    "   this.random = random;",
    "};",
]


def js_type(python_type: str) -> str:
    """The JSDoc type LeetCode's JavaScript starter gives for a Python signature type."""
    t = python_type.strip().replace("'", "").replace('"', "")
    optional = re.fullmatch(r"Optional\[(.*)\]", t)
    if optional:
        return js_type(optional.group(1))
    listed = re.fullmatch(r"List\[(.*)\]", t)
    if listed:
        return js_type(listed.group(1)) + "[]"
    if t in SCALARS:
        return SCALARS[t]
    if t in NODES:
        return NODES[t]
    raise ValueError(f"no JavaScript type for {python_type!r}")


def _jsdoc(params: tuple[Param, ...], returns: str | None, lead: list[str] | None = None) -> list[str]:
    lines = ["/**", *(f" * {line}" for line in lead or [])]
    lines += [f" * @param {{{js_type(p.type)}}} {p.name}" for p in params if p.passed]
    if returns is not None:
        lines.append(f" * @return {{{js_type(returns)}}}")
    return [*lines, " */"]


def _args(params: tuple[Param, ...]) -> str:
    return ", ".join(p.name for p in params if p.passed)


def _function(name: str, params: tuple[Param, ...], returns: str) -> list[str]:
    return [*_jsdoc(params, returns), f"var {name} = function({_args(params)}) {{", "    ", "};"]


def _design(problem: Problem) -> list[str]:
    cls = problem.class_name or ""
    init = next((m for m in problem.methods if m.name == "__init__"), Method("__init__", (), "None"))
    lines = [*_jsdoc(init.params, None), f"var {cls} = function({_args(init.params)}) {{", "    ", "};", ""]
    usage = [f"Your {cls} object will be instantiated and called as such:"]
    usage.append(f"var obj = new {cls}({_args(init.params)})")
    for i, method in enumerate(m for m in problem.methods if m.name != "__init__"):
        lines += [
            *_jsdoc(method.params, method.returns),
            f"{cls}.prototype.{method.name} = function({_args(method.params)}) {{",
            "    ",
            "};",
            "",
        ]
        call = f"obj.{method.name}({_args(method.params)})"
        usage.append(call if method.returns == "None" else f"var param_{i + 1} = {call}")
    return [*lines, "/**", *(f" * {line}" for line in usage), " */"]


def _roundtrip(problem: Problem) -> list[str]:
    lines: list[str] = []
    for method in problem.methods:
        if method.name != "__init__":
            lines += [*_function(method.name, method.params, method.returns), ""]
    return lines


def _node_comments(problem: Problem) -> list[str]:
    used = nodes_used(problem)
    lines: list[str] = []
    for node, comment in NODE_COMMENTS.items():
        if node in used:
            lines += ["/**", *(f" * {line}" for line in comment), " */"]
    if "Node" in used:
        comment = RANDOM_NODE if problem.node == "random_list" else GRAPH_NODE
        lines += ["/**", *(f" * {line}" for line in comment), " */"]
    return lines


def signature(problem: Problem) -> str:
    """The signature as LeetCode's JavaScript starter writes it, bodies empty."""
    if problem.kind == "design":
        return "\n".join(_design(problem))
    if problem.kind == "roundtrip":
        return "\n".join(_roundtrip(problem)).rstrip()
    return "\n".join(_function(problem.function, problem.params, problem.returns))


def starter_source(problem: Problem) -> str:
    return "\n".join([*header(problem), *_node_comments(problem), signature(problem)]).rstrip() + "\n"
