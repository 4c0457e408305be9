"""C++ starters as LeetCode shows them: `class Solution { public: ... };`.

The problem folders state signatures in Python's types (problem.toml); `cpp_type` maps
them to the types LeetCode's C++ starters name, once, for every problem. The harness
does not depend on these: it decodes arguments by the types the solution declares.
"""

from __future__ import annotations

import re
from typing import Any

from judge.languages.starters import header, nodes_used
from judge.problem import Method, Param, Problem

SCALARS = {"int": "int", "float": "double", "str": "string", "bool": "bool", "None": "void"}
NODES = {"ListNode": "ListNode*", "TreeNode": "TreeNode*", "Node": "Node*"}

LIST_NODE = [
    "Definition for singly-linked list.",
    "struct ListNode {",
    "    int val;",
    "    ListNode *next;",
    "    ListNode() : val(0), next(nullptr) {}",
    "    ListNode(int x) : val(x), next(nullptr) {}",
    "    ListNode(int x, ListNode *next) : val(x), next(next) {}",
    "};",
]
TREE_NODE = [
    "Definition for a binary tree node.",
    "struct TreeNode {",
    "    int val;",
    "    TreeNode *left;",
    "    TreeNode *right;",
    "    TreeNode() : val(0), left(nullptr), right(nullptr) {}",
    "    TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}",
    "    TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}",
    "};",
]
GRAPH_NODE = [
    "// Definition for a Node.",
    "class Node {",
    "public:",
    "    int val;",
    "    vector<Node*> neighbors;",
    "    Node() {",
    "        val = 0;",
    "        neighbors = vector<Node*>();",
    "    }",
    "    Node(int _val) {",
    "        val = _val;",
    "        neighbors = vector<Node*>();",
    "    }",
    "    Node(int _val, vector<Node*> _neighbors) {",
    "        val = _val;",
    "        neighbors = _neighbors;",
    "    }",
    "};",
]
RANDOM_NODE = [
    "// Definition for a Node.",
    "class Node {",
    "public:",
    "    int val;",
    "    Node* next;",
    "    Node* random;",
    "    ",
    "    Node(int _val) {",
    "        val = _val;",
    "        next = NULL;",
    "        random = NULL;",
    "    }",
    "};",
]


def _bare(python_type: str) -> str:
    t = python_type.strip().replace("'", "").replace('"', "").replace(" ", "")
    optional = re.fullmatch(r"Optional\[(.*)\]", t)
    return _bare(optional.group(1)) if optional else t


def cpp_type(python_type: str, chars: bool = False) -> str:
    """The C++ type LeetCode's starter gives for a Python signature type.

    chars: a `str` here is one character (a board of "X" and "O": vector<vector<char>>)."""
    t = _bare(python_type)
    listed = re.fullmatch(r"List\[(.*)\]", t)
    if listed:
        return f"vector<{cpp_type(listed.group(1), chars)}>"
    if t == "str" and chars:
        return "char"
    if t in SCALARS:
        return SCALARS[t]
    if t in NODES:
        return NODES[t]
    raise ValueError(f"no C++ type for {python_type!r}")


def param_type(python_type: str, chars: bool = False) -> str:
    """A parameter's type as LeetCode writes it: vectors by reference, the rest by value."""
    t = cpp_type(python_type, chars)
    return t + "&" if t.startswith("vector<") else t


def _strings(value: Any) -> list[str] | None:
    """Every string in a (nested) list value, or None where something else is in it."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        found: list[str] = []
        for item in value:
            inner = _strings(item)
            if inner is None:
                return None
            found += inner
        return found
    return None


def _is_chars(problem: Problem, param: Param) -> bool:
    """A list argument whose strings are single characters in every example (a board or a
    grid, `vector<vector<char>>` on LeetCode; task scheduler's `vector<char>& tasks`), not
    words."""
    if _bare(param.type) not in ("List[str]", "List[List[str]]"):
        return False
    try:
        values = [case.args.get(param.name) for case in problem.examples()]
    except Exception:  # cases that cannot be read: words, the safe guess
        return False
    found = [s for v in values for s in (_strings(v) or [""])]
    return bool(found) and all(len(s) == 1 for s in found)


def _params(problem: Problem, params: tuple[Param, ...]) -> str:
    return ", ".join(f"{param_type(p.type, _is_chars(problem, p))} {p.name}" for p in params if p.passed)


def _function(problem: Problem) -> list[str]:
    signature = f"{cpp_type(problem.returns)} {problem.function}({_params(problem, problem.params)})"
    return ["class Solution {", "public:", f"    {signature} {{", "        ", "    }", "};"]


def _design(problem: Problem) -> list[str]:
    cls = problem.class_name or ""
    init = next((m for m in problem.methods if m.name == "__init__"), Method("__init__", (), "None"))
    constructor = f"    {cls}({_params(problem, init.params)}) {{"
    lines = ["class " + cls + " {", "public:", constructor, "        ", "    }"]
    args = ", ".join(p.name for p in init.params if p.passed)
    usage = [f"Your {cls} object will be instantiated and called as such:"]
    usage.append(f"{cls}* obj = new {cls}({args});")
    for i, method in enumerate((m for m in problem.methods if m.name != "__init__"), start=1):
        returns = cpp_type(method.returns)
        declared = f"    {returns} {method.name}({_params(problem, method.params)}) {{"
        lines += ["    ", declared, "        ", "    }"]
        call = f"obj->{method.name}({', '.join(p.name for p in method.params if p.passed)});"
        usage.append(call if returns == "void" else f"{returns} param_{i} = {call}")
    return [*lines, "};", "", "/**", *(f" * {line}" for line in usage), " */"]


def _roundtrip(problem: Problem) -> list[str]:
    cls = problem.class_name or "Codec"
    encode, decode = problem.codec_methods
    lines = ["class " + cls + " {", "public:"]
    for method in (encode, decode):
        signature = f"{cpp_type(method.returns)} {method.name}({_params(problem, method.params)})"
        lines += ["", f"    {signature} {{", "        ", "    }"]
    (param,) = (p for p in encode.params if p.passed)
    return [
        *lines,
        "};",
        "",
        f"// Your {cls} object will be instantiated and called as such:",
        f"// {cls} ser, deser;",
        f"// {cpp_type(decode.returns)} ans = deser.{decode.name}(ser.{encode.name}({param.name}));",
    ]


def _node_comments(problem: Problem) -> list[str]:
    used = nodes_used(problem)
    lines: list[str] = []
    for node, comment in (("ListNode", LIST_NODE), ("TreeNode", TREE_NODE)):
        if node in used:
            lines += ["/**", *(f" * {line}" for line in comment), " */"]
    if "Node" in used:
        lines += ["/*", *(RANDOM_NODE if problem.node == "random_list" else GRAPH_NODE), "*/", ""]
    return lines


def signature(problem: Problem) -> str:
    """The signature as LeetCode's C++ starter writes it, bodies empty."""
    if problem.kind == "design":
        return "\n".join(_design(problem))
    if problem.kind == "roundtrip":
        return "\n".join(_roundtrip(problem))
    return "\n".join(_function(problem))


def starter_source(problem: Problem) -> str:
    return "\n".join([*header(problem), *_node_comments(problem), signature(problem)]).rstrip() + "\n"
