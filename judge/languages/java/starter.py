"""Java starters as LeetCode shows them: `class Solution` with a public method.

The problem folders state signatures in Python's types (problem.toml); `java_type` maps
them to the types LeetCode's Java starters name, once, for every problem. A Python
list is an array in a parameter (`int[] nums`, `String[] words`, a `char[][] board`) and
a `List` in most answers (`List<List<Integer>>`), as LeetCode writes them; where
LeetCode's Java signature says otherwise for a problem, JAVA_SIGNATURES says so. The
harness decodes an argument by the type the solution declares, so a solution that
takes `List<Integer>` where the starter says `int[]` runs as well.
"""

from __future__ import annotations

import re

from judge.languages.starters import header, nodes_used
from judge.problem import Method, Param, Problem

SCALARS = {"int": "int", "float": "double", "str": "String", "bool": "boolean", "None": "void"}
BOXED = {"int": "Integer", "float": "Double", "str": "String", "bool": "Boolean"}
NODES = {"ListNode": "ListNode", "TreeNode": "TreeNode", "Node": "Node"}

# LeetCode's Java signature where the table's choice is not it: problem -> (method or
# "" for the problem's function) -> parameter name or "return" -> Java type
JAVA_SIGNATURES: dict[str, dict[str, dict[str, str]]] = {
    "binary_tree_right_side_view": {"": {"return": "List<Integer>"}},
    "partition_labels": {"": {"return": "List<Integer>"}},
    "spiral_matrix": {"": {"return": "List<Integer>"}},
    "design_twitter": {"getNewsFeed": {"return": "List<Integer>"}},
    "insert_interval": {"": {"return": "int[][]"}},
    "merge_intervals": {"": {"return": "int[][]"}},
    "k_closest_points": {"": {"return": "int[][]"}},
    "word_break": {"": {"wordDict": "List<String>"}},
    "word_ladder": {"": {"wordList": "List<String>"}},
    "encode_decode_strings": {"encode": {"strs": "List<String>"}},
    "task_scheduler": {"": {"tasks": "char[]"}},
    "reconstruct_itinerary": {"": {"tickets": "List<List<String>>"}},
}

NODE_COMMENTS = {
    "ListNode": [
        "/**",
        " * Definition for singly-linked list (provided by the judge, as on LeetCode).",
        " * public class ListNode {",
        " *     int val;",
        " *     ListNode next;",
        " *     ListNode() {}",
        " *     ListNode(int val) { this.val = val; }",
        " *     ListNode(int val, ListNode next) { this.val = val; this.next = next; }",
        " * }",
        " */",
    ],
    "TreeNode": [
        "/**",
        " * Definition for a binary tree node (provided by the judge, as on LeetCode).",
        " * public class TreeNode {",
        " *     int val;",
        " *     TreeNode left;",
        " *     TreeNode right;",
        " *     TreeNode() {}",
        " *     TreeNode(int val) { this.val = val; }",
        " *     TreeNode(int val, TreeNode left, TreeNode right) {",
        " *         this.val = val;",
        " *         this.left = left;",
        " *         this.right = right;",
        " *     }",
        " * }",
        " */",
    ],
}
GRAPH_NODE = [
    "/*",
    "// Definition for a Node (provided by the judge, as on LeetCode).",
    "class Node {",
    "    public int val;",
    "    public List<Node> neighbors;",
    "    public Node() {",
    "        val = 0;",
    "        neighbors = new ArrayList<Node>();",
    "    }",
    "    public Node(int _val) {",
    "        val = _val;",
    "        neighbors = new ArrayList<Node>();",
    "    }",
    "    public Node(int _val, ArrayList<Node> _neighbors) {",
    "        val = _val;",
    "        neighbors = _neighbors;",
    "    }",
    "}",
    "*/",
]
RANDOM_NODE = [
    "/*",
    "// Definition for a Node (provided by the judge, as on LeetCode).",
    "class Node {",
    "    int val;",
    "    Node next;",
    "    Node random;",
    "",
    "    public Node(int val) {",
    "        this.val = val;",
    "        this.next = null;",
    "        this.random = null;",
    "    }",
    "}",
    "*/",
]


def _bare(python_type: str) -> str:
    t = python_type.strip().replace("'", "").replace('"', "").replace(" ", "")
    optional = re.fullmatch(r"Optional\[(.*)\]", t)
    return _bare(optional.group(1)) if optional else t


def _boxed(python_type: str) -> str:
    """A type inside a Java List: boxed scalars, nested lists as Lists."""
    t = _bare(python_type)
    listed = re.fullmatch(r"List\[(.*)\]", t)
    if listed:
        return f"List<{_boxed(listed.group(1))}>"
    if t in BOXED:
        return BOXED[t]
    if t in NODES:
        return NODES[t]
    raise ValueError(f"no Java type for {python_type!r}")


def java_type(python_type: str, answer: bool = False) -> str:
    """The Java type LeetCode's starter gives for a Python signature type: a parameter's
    (answer False: lists are arrays, a grid of strings a char[][] board) or an answer's
    (answer True: a list of numbers is an int[], deeper lists are Lists)."""
    t = _bare(python_type)
    if t in SCALARS:
        if t == "None" and not answer:
            raise ValueError("None is not a parameter's type")
        return SCALARS[t]
    if t in NODES:
        return NODES[t]
    listed = re.fullmatch(r"List\[(.*)\]", t)
    if not listed:
        raise ValueError(f"no Java type for {python_type!r}")
    inner = _bare(listed.group(1))
    if answer:
        if inner == "int":
            return "int[]"
        return f"List<{_boxed(inner)}>"
    if inner == "List[str]":
        return "char[][]"
    if inner in SCALARS or inner in NODES or inner.startswith("List["):
        return java_type(inner) + "[]"
    raise ValueError(f"no Java type for {python_type!r}")


def _override(problem: Problem, method: str, name: str) -> str | None:
    return JAVA_SIGNATURES.get(problem.slug, {}).get(method, {}).get(name)


def _params(problem: Problem, method: str, params: tuple[Param, ...]) -> str:
    return ", ".join(
        f"{_override(problem, method, p.name) or java_type(p.type)} {p.name}" for p in params if p.passed
    )


def _returns(problem: Problem, method: str, returns: str) -> str:
    return _override(problem, method, "return") or java_type(returns, answer=True)


def _function(problem: Problem) -> list[str]:
    returns = _returns(problem, "", problem.returns)
    return [
        "class Solution {",
        f"    public {returns} {problem.function}({_params(problem, '', problem.params)}) {{",
        "        ",
        "    }",
        "}",
    ]


def _methods(problem: Problem) -> list[Method]:
    return [m for m in problem.methods if m.name != "__init__"]


def _design(problem: Problem) -> list[str]:
    cls = problem.class_name or ""
    init = next((m for m in problem.methods if m.name == "__init__"), Method("__init__", (), "None"))
    lines = [
        f"class {cls} {{",
        "",
        f"    public {cls}({_params(problem, '__init__', init.params)}) {{",
        "        ",
        "    }",
    ]
    args = ", ".join(p.name for p in init.params if p.passed)
    usage = [f"Your {cls} object will be instantiated and called as such:", f"{cls} obj = new {cls}({args});"]
    for i, method in enumerate(_methods(problem)):
        returns = _returns(problem, method.name, method.returns)
        lines += [
            "    ",
            f"    public {returns} {method.name}({_params(problem, method.name, method.params)}) {{",
            "        ",
            "    }",
        ]
        call = f"obj.{method.name}({','.join(p.name for p in method.params if p.passed)});"
        usage.append(call if returns == "void" else f"{returns} param_{i + 1} = {call}")
    return [*lines, "}", "", "/**", *(f" * {line}" for line in usage), " */"]


def _roundtrip(problem: Problem) -> list[str]:
    cls = problem.class_name or "Codec"
    encode, decode = problem.codec_methods
    lines = [f"public class {cls} {{", ""]
    comments = ("Encodes its input to a single string.", "Decodes the string back.")
    for method, comment in zip((encode, decode), comments, strict=True):
        returns = _returns(problem, method.name, method.returns)
        lines += [
            f"    // {comment}",
            f"    public {returns} {method.name}({_params(problem, method.name, method.params)}) {{",
            "        ",
            "    }",
            "",
        ]
    lines[-1] = "}"
    answer = _returns(problem, decode.name, decode.returns)
    return [
        *lines,
        "",
        f"// Your {cls} object will be instantiated and called as such:",
        f"// {cls} ser = new {cls}();",
        f"// {cls} deser = new {cls}();",
        f"// {answer} ans = deser.{decode.name}(ser.{encode.name}(input));",
    ]


def _node_comments(problem: Problem) -> list[str]:
    used = nodes_used(problem)
    lines: list[str] = []
    for node, comment in NODE_COMMENTS.items():
        if node in used:
            lines += comment
    if "Node" in used:
        lines += RANDOM_NODE if problem.node == "random_list" else GRAPH_NODE
    return lines


def signature(problem: Problem) -> str:
    """The signature as LeetCode's Java starter writes it, bodies empty."""
    if problem.kind == "design":
        return "\n".join(_design(problem))
    if problem.kind == "roundtrip":
        return "\n".join(_roundtrip(problem))
    return "\n".join(_function(problem))


def starter_source(problem: Problem) -> str:
    notes = "// java.util.*, java.util.function.*, java.util.stream.*, java.math.*: imported, as on LeetCode."
    return "\n".join([*header(problem, notes), *_node_comments(problem), signature(problem)]).rstrip() + "\n"


DEFAULTS = {"void": "", "int": "return 0;", "double": "return 0.0;", "boolean": "return false;"}


def default_return(java: str) -> str:
    """A statement that makes an empty body of this return type compile (tests)."""
    return DEFAULTS.get(java, "return null;")
