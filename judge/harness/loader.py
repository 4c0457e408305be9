"""Loading a solution the way LeetCode runs it: its prelude, then its entry point.

Shared by the harness in the container (user code) and the host (the trusted
reference), so a reference and a solution see exactly the same names.
"""

import builtins
import sys

from judge.harness import codec

# LeetCode's Python prelude: these modules by name, and their public names unqualified.
PRELUDE_MODULES = (
    "typing",
    "collections",
    "heapq",
    "bisect",
    "itertools",
    "functools",
    "math",
    "string",
    "re",
    "operator",
    "random",
    "copy",
)
STAR_MODULES = ("typing", "collections", "heapq", "bisect", "itertools", "functools", "math")


class LoadError(Exception):
    """The source cannot become a callable solution; `kind` says why."""

    def __init__(self, kind, message):
        super().__init__(message)
        self.kind = kind  # "compile" or "entry"
        self.message = message


def prelude_namespace():
    ns = {"__name__": "solution", "__builtins__": builtins}
    for name in PRELUDE_MODULES:
        ns[name] = __import__(name)
    for name in STAR_MODULES:
        module = sys.modules[name]
        public = getattr(module, "__all__", None)
        if public is None:
            public = [n for n in dir(module) if not n.startswith("_")]
        for n in public:
            if hasattr(module, n):
                ns[n] = getattr(module, n)
    try:
        from sortedcontainers import SortedDict, SortedList, SortedSet

        ns.update(SortedList=SortedList, SortedDict=SortedDict, SortedSet=SortedSet)
    except ImportError:  # the prelude lacks it, as a solution will find out
        pass
    ns.update(ListNode=codec.ListNode, TreeNode=codec.TreeNode, Node=codec.Node)
    return ns


def compile_source(source, filename):
    try:
        return compile(source, filename, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as e:
        line = getattr(e, "lineno", None)
        where = f" (line {line})" if line else ""
        raise LoadError("compile", f"{type(e).__name__}: {getattr(e, 'msg', e)}{where}") from None


def find_entry(ns, spec):
    """A callable taking the positional arguments that `codec.prepare` builds."""
    if spec.get("kind") == "design":
        cls = ns.get(spec["class"])
        if not isinstance(cls, type):
            raise LoadError("entry", f"no class {spec['class']} in the solution")
        return lambda operations, arguments: codec.run_design(cls, operations, arguments)
    name = spec["function"]
    solution = ns.get("Solution")
    if isinstance(solution, type) and callable(getattr(solution, name, None)):
        return lambda *args: getattr(solution(), name)(*args)
    function = ns.get(name)
    if callable(function):
        return function
    raise LoadError("entry", f"no function {name}() and no class Solution with a method {name}()")


def load(source, filename, spec):
    """Run the source in a fresh prelude namespace; return (entry, namespace)."""
    code = compile_source(source, filename)
    ns = prelude_namespace()
    exec(code, ns)
    return find_entry(ns, spec), ns
