"""A problem folder: its metadata (problem.toml), statement, reference and cases.

problems/<slug>/
  problem.toml    title, difficulty, tags, leetcode, function, params, returns,
                  [limits], [complexity]; see README "Writing a problem"
  statement.md    the task in our own words
  reference.py    the trusted reference solution (LeetCode style)
  cases.py        EXAMPLES, HIDDEN, inputs(), valid(), optional check(), large()
  submissions/<verdict>/*.py   known solutions and the verdict each must get
"""

from __future__ import annotations

import importlib.util
import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import Any

from judge.errors import UsageError

DIFFICULTIES = ("easy", "medium", "hard")
TOPICS = (
    "arrays-hashing",
    "two-pointers",
    "sliding-window",
    "stack",
    "binary-search",
    "linked-list",
    "trees",
    "tries",
    "heap",
    "backtracking",
    "graphs",
    "advanced-graphs",
    "dp-1d",
    "dp-2d",
    "greedy",
    "intervals",
    "math-geometry",
    "bit-manipulation",
)
# Signature types that travel as LeetCode writes them and are rebuilt in the sandbox.
NODE_CODECS = {"ListNode": "ListNode", "TreeNode": "TreeNode", "Node": "GraphNode"}
# What LeetCode's `Node` is, per problem (`node = ...` in problem.toml): the codec of a
# `Node` in the signature and the class the prelude binds to the name (harness NODE_CLASSES).
NODE_KINDS = {"graph": "GraphNode", "random_list": "RandomList"}
KINDS = ("function", "design", "roundtrip")
# `each = ...` on a parameter: its items are handed over as objects of a class the
# prelude binds (the codec that builds them).
EACH_CODECS = {"Interval": "Interval[]"}


class ProblemError(UsageError):
    """A problem folder that cannot be read."""


def codec_of(type_name: str, node: str = "graph") -> str:
    """The codec a signature type needs: "" for plain JSON, else a node kind.

    node: what `Node` is in this problem (a key of NODE_KINDS)."""
    bare = re.sub(r"^Optional\[(.*)\]$", r"\1", type_name.strip().replace("'", "").replace('"', ""))
    if bare == "Node":
        return NODE_KINDS[node]
    return NODE_CODECS.get(bare, "")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    codec: str = ""
    passed: bool = True  # False: part of the input, not an argument (a cycle's `pos`)
    cycle: str | None = None  # ListNode: the param holding the index the tail links to
    of: str | None = None  # TreeNodeRef: the param holding the tree

    def spec(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "type": self.codec, "passed": self.passed}
        out["declared"] = self.type  # the Python type: a typed language's harness maps it
        if self.cycle:
            out["cycle"] = self.cycle
        if self.of:
            out["of"] = self.of
        return out


@dataclass(frozen=True)
class Method:
    """A method of a design class, for the starter file."""

    name: str
    params: tuple[Param, ...]
    returns: str


@dataclass(frozen=True)
class Case:
    group: str
    number: int  # 1-based within its group
    args: dict[str, Any]
    expected: Any = None
    has_expected: bool = False
    tag: str | None = None

    @property
    def label(self) -> str:
        return f"{self.group} #{self.number}" + (f" ({self.tag})" if self.tag else "")


@dataclass(frozen=True)
class Problem:
    slug: str
    path: Path
    title: str
    difficulty: str
    tags: tuple[str, ...]
    leetcode: int | None
    function: str
    params: tuple[Param, ...]
    returns: str
    returns_codec: str = ""
    kind: str = "function"  # or "design", "roundtrip" (KINDS)
    class_name: str | None = None
    class_aliases: tuple[str, ...] = ()  # roundtrip: other class names a solution may use
    node: str = "graph"  # what LeetCode's `Node` is here (NODE_KINDS)
    methods: tuple[Method, ...] = ()
    inplace: str | None = None
    tolerance: float | None = None
    time_limit_s: float = 1.0  # a call's own time, as LeetCode limits it
    # what the harness may take beside a call to read and write an answer of megabytes
    # (every partition of 16 letters: 1.4 MB of JSON), added to the time the sandbox has
    # before it is killed, never to the call's limit
    answer_time_s: float = 0.0
    memory_mb: int = 1024
    recursion_limit: int = 100_000
    complexity: str | None = None  # the bar: the slowest growth LeetCode accepts
    complexity_n: str | None = None
    optimal: str | None = None  # the follow-up: the best known growth (None: the bar)
    max_n: int | None = None  # the largest probe n the constraints allow (None: no bound)
    complexity_reason: str = ""  # why the bar is below the follow-up
    demanded: bool = False  # the statement demands the bar: no leeway for fast enough solutions
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def sandbox_limit_s(self) -> float:
        """The time a call's sandbox has to answer before it is killed."""
        return self.time_limit_s + self.answer_time_s

    @property
    def statement_path(self) -> Path:
        return self.path / "statement.md"

    @property
    def reference_path(self) -> Path:
        return self.path / "reference.py"

    def statement(self) -> str:
        return self.statement_path.read_text("utf-8")

    @property
    def follow_up(self) -> str | None:
        """The growth the follow-up asks: `optimal`, or the bar where none is given."""
        return self.optimal or self.complexity

    def spec(self) -> dict[str, Any]:
        """What the harness needs to call a solution of this problem."""
        spec = self._spec()
        if self.node != "graph":
            spec["node"] = self.node
        return spec

    def _spec(self) -> dict[str, Any]:
        if self.kind == "roundtrip":
            encode, decode = self.codec_methods
            return {
                "kind": "roundtrip",
                "classes": [self.class_name, *self.class_aliases],
                "encode": encode.name,
                "decode": decode.name,
                "params": [p.spec() for p in self.params],
                "returns": self.returns_codec,
                "returns_type": self.returns,
                "recursion_limit": self.recursion_limit,
            }
        if self.kind == "design":
            params = [{"name": "operations", "type": ""}, {"name": "arguments", "type": ""}]
            return {
                "kind": "design",
                "class": self.class_name,
                "params": params,
                "returns": "",
                "method_returns": {m.name: m.returns for m in self.methods if m.name != "__init__"},
                "recursion_limit": self.recursion_limit,
            }
        return {
            "kind": "function",
            "function": self.function,
            "params": [p.spec() for p in self.params],
            "returns": self.returns_codec,
            "returns_type": self.returns,  # the declared type: where a list is read as LeetCode does
            "inplace": self.inplace,
            "recursion_limit": self.recursion_limit,
        }

    @property
    def codec_methods(self) -> tuple[Method, Method]:
        """A round trip's two methods: the one that encodes, then the one that decodes."""
        encode, decode = (m for m in self.methods if m.name != "__init__")
        return encode, decode

    @property
    def input_names(self) -> tuple[str, ...]:
        if self.kind == "design":
            return ("operations", "arguments")
        return tuple(p.name for p in self.params)

    @cached_property
    def cases(self) -> ModuleType:
        return _load_module(self.path / "cases.py", f"judge_problems_{self.slug}_cases")

    def examples(self) -> list[Case]:
        return _cases(self, "examples", getattr(self.cases, "EXAMPLES", []))

    def hidden(self) -> list[Case]:
        return _cases(self, "hidden", getattr(self.cases, "HIDDEN", []))


def _cases(problem: Problem, group: str, raw: list[dict[str, Any]]) -> list[Case]:
    out = []
    for i, item in enumerate(raw, 1):
        if "args" not in item:
            raise ProblemError(f"{problem.slug}: {group} #{i} has no 'args'")
        out.append(Case(group, i, item["args"], item.get("expected"), "expected" in item, item.get("tag")))
    return out


def _load_module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ProblemError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _check_kind(raw: dict[str, Any], where: str) -> None:
    """The keys a problem's kind and node need, present and well formed."""
    kind, node = raw.get("kind", "function"), raw.get("node", "graph")
    if kind not in KINDS:
        raise ProblemError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    if node not in NODE_KINDS:
        raise ProblemError(f"{where}: node {node!r} is not one of {', '.join(NODE_KINDS)}")
    if kind != "roundtrip":
        return
    methods = [m for m in raw.get("methods", ()) if m.get("name") != "__init__"]
    if not raw.get("class") or len(methods) != 2:
        raise ProblemError(f"{where}: a roundtrip names its `class` and two [[methods]], encode then decode")
    if len(raw.get("params", ())) != 1:
        raise ProblemError(f"{where}: a roundtrip has one [[params]], the input that travels through it")
    aliases = raw.get("class_aliases", [])
    if type(aliases) is not list or not all(type(a) is str and a.isidentifier() for a in aliases):
        raise ProblemError(f"{where}: class_aliases must be a list of class names")


def _param(raw: dict[str, Any], where: str, node: str = "graph") -> Param:
    try:
        name, type_name = raw["name"], raw["type"]
    except KeyError as e:
        raise ProblemError(f"{where}: a parameter lacks {e}") from None
    each = raw.get("each")
    if each is not None and each not in EACH_CODECS:
        raise ProblemError(f"{where}: each {each!r} is not one of {', '.join(EACH_CODECS)}")
    return Param(
        name=name,
        type=type_name,
        codec=raw.get("codec", EACH_CODECS[each] if each else codec_of(type_name, node)),
        passed=raw.get("passed", True),
        cycle=raw.get("cycle"),
        of=raw.get("of"),
    )


def load_problem(path: Path) -> Problem:
    toml_path = path / "problem.toml"
    try:
        raw = tomllib.loads(toml_path.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ProblemError(f"{toml_path}: {e}") from None
    where = str(toml_path)
    _check_kind(raw, where)
    node = raw.get("node", "graph")
    try:
        limits = raw.get("limits", {})
        complexity = raw.get("complexity", {})
        returns = raw.get("returns", "None")
        return Problem(
            slug=path.name,
            path=path,
            title=raw["title"],
            difficulty=raw["difficulty"],
            tags=tuple(raw.get("tags", ())),
            leetcode=raw.get("leetcode"),
            function=raw.get("function", raw.get("class", "")),
            params=tuple(_param(p, where, node) for p in raw.get("params", ())),
            returns=returns,
            returns_codec=raw.get("returns_codec", codec_of(returns, node)),
            kind=raw.get("kind", "function"),
            class_name=raw.get("class"),
            class_aliases=tuple(raw.get("class_aliases", ())),
            node=node,
            methods=tuple(
                Method(
                    m["name"],
                    tuple(_param(p, where, node) for p in m.get("params", ())),
                    m.get("returns", "None"),
                )
                for m in raw.get("methods", ())
            ),
            inplace=raw.get("inplace"),
            tolerance=raw.get("tolerance"),
            time_limit_s=float(limits.get("time_per_call_s", 1.0)),
            answer_time_s=float(limits.get("answer_time_s", 0.0)),
            memory_mb=int(limits.get("memory_mb", 1024)),
            recursion_limit=int(limits.get("recursion_limit", 100_000)),
            complexity=complexity.get("expected"),
            complexity_n=complexity.get("n"),
            optimal=complexity.get("optimal"),
            max_n=int(complexity["max_n"]) if "max_n" in complexity else None,
            complexity_reason=complexity.get("reason", ""),
            demanded=bool(complexity.get("demanded", False)),
            raw=raw,
        )
    except KeyError as e:
        raise ProblemError(f"{where}: missing {e}") from None
