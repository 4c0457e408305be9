"""Loading a solution the way LeetCode runs it: its prelude, then its entry point.

Shared by the harness in the container (user code) and the host (the trusted
reference), so a reference and a solution see exactly the same names.
"""

import builtins
import sys

from judge.harness import codec

# LeetCode's Python 3 prelude, name for name as a public dump of its globals shows
# (github.com/Animenosekai/leet, leet/runners/python3.md). First the public names of
# these modules, in this order, so that where two export a name the later one's is
# bound: operator's `sub` over re's, the builtins' `pow` and `compile` over math's
# and re's.
STAR_MODULES = (
    "string",
    "re",
    "datetime",
    "collections",
    "heapq",
    "bisect",
    "copy",
    "math",
    "random",
    "statistics",
    "itertools",
    "functools",
    "operator",
    "io",
    "sys",
    "json",
    "builtins",
)
# Then these modules by their names, which wins over a function or class of the same
# name from above (`bisect`, `copy`, `random`, `datetime`).
PRELUDE_MODULES = (
    "datetime",
    "bisect",
    "copy",
    "random",
    "string",
    "re",
    "collections",
    "heapq",
    "math",
    "statistics",
    "itertools",
    "functools",
    "operator",
    "io",
    "sys",
    "json",
    "os",
)
# Last the names of typing, whose aliases are what LeetCode binds to `Counter`,
# `OrderedDict`, `ChainMap`, `Pattern` and `Match` (the module `typing` itself is not
# bound there).
LATE_STAR_MODULES = ("typing",)
# Public names that a module's __all__ lists from a later 3.11 release on (LeetCode's)
# but not in the sandbox's 3.11.2, though the module has them.
LATER_ALL = {"io": ("DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder")}

_prelude = {}  # name -> value, built once per process


class LoadError(Exception):
    """The source cannot become a callable solution; `kind` says why."""

    def __init__(self, kind, message):
        super().__init__(message)
        self.kind = kind  # "compile" or "entry"
        self.message = message


def _public(module):
    names = getattr(module, "__all__", None)
    if names is None:
        names = [n for n in module.__dict__ if not n.startswith("_")]
    return names


def _star(ns, name):
    """As `from name import *`."""
    module = __import__(name)
    for n in (*_public(module), *LATER_ALL.get(name, ())):
        if hasattr(module, n):
            ns[n] = getattr(module, n)


def _site_names():
    """The builtins that `site` adds (LeetCode's `exit` is one), made alike where it did not
    run: the sandbox runs python3 -S."""
    import _sitebuiltins

    made = {
        "exit": lambda: _sitebuiltins.Quitter("exit", "Ctrl-D (i.e. EOF)"),
        "quit": lambda: _sitebuiltins.Quitter("quit", "Ctrl-D (i.e. EOF)"),
        "copyright": lambda: _sitebuiltins._Printer("copyright", sys.copyright),
        "credits": lambda: _sitebuiltins._Printer("credits", "See https://www.python.org/."),
        "license": lambda: _sitebuiltins._Printer("license", "See https://www.python.org/psf/license/."),
        "help": _sitebuiltins._Helper,
    }
    return {n: getattr(builtins, n) if hasattr(builtins, n) else make() for n, make in made.items()}


def _build_prelude():
    ns = {}
    for name in STAR_MODULES:
        _star(ns, name)
    ns.update(_site_names())
    for name in PRELUDE_MODULES:
        ns[name] = __import__(name)
    ns.update(ListNode=codec.ListNode, TreeNode=codec.TreeNode, NestedInteger=codec.NestedInteger)
    for name in LATE_STAR_MODULES:
        _star(ns, name)
    ns["Node"] = codec.Node
    try:
        from sortedcontainers import SortedDict, SortedList, SortedSet

        ns.update(SortedList=SortedList, SortedDict=SortedDict, SortedSet=SortedSet)
    except ImportError:  # the prelude lacks it, as a solution will find out
        pass
    return ns


def prelude_namespace(spec=None):
    """A fresh namespace holding the prelude (its modules are imported on the first call).

    spec: the problem's; its `node` picks the class bound to `Node` (clone graph's graph
    node unless it says otherwise: "random_list" for copy list with random pointer)."""
    if not _prelude:
        _prelude.update(_build_prelude())
    ns = dict(_prelude)
    ns.update(__name__="solution", __builtins__=builtins)
    node = (spec or {}).get("node")
    if node:
        ns["Node"] = codec.NODE_CLASSES[node]
    if any(p.get("type") == "Interval[]" for p in (spec or {}).get("params", ())):
        ns["Interval"] = codec.Interval
    return ns


def compile_source(source, filename):
    try:
        return compile(source, filename, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as e:
        line = getattr(e, "lineno", None)
        where = f" (line {line})" if line else ""
        raise LoadError("compile", f"{type(e).__name__}: {getattr(e, 'msg', e)}{where}") from None


def _codec_class(ns, spec):
    """The solution's codec class: the first of the names the problem accepts that has both methods."""
    names, methods = spec["classes"], (spec["encode"], spec["decode"])
    for name in names:
        cls = ns.get(name)
        if isinstance(cls, type) and all(callable(getattr(cls, m, None)) for m in methods):
            return cls
    wanted = " or ".join(f"class {n}" for n in names)
    raise LoadError("entry", f"no {wanted} with methods {methods[0]}() and {methods[1]}()")


def roundtrip_entry(ns, code, spec):
    """A callable taking the input: it encodes, then decodes (codec.run_roundtrip).

    The answer is checked again, outside the timed call, by decoding the same string with
    the class of a fresh run of the source: state the two calls share (a class attribute,
    a global dict keyed by the string) is not there, so an answer that the string does not
    carry shows."""
    cls = _codec_class(ns, spec)

    def redo(token):
        fresh = prelude_namespace(spec)
        exec(code, fresh)
        return getattr(_codec_class(fresh, spec)(), spec["decode"])(token)

    return lambda value: codec.run_roundtrip(spec, cls, redo, value)


def find_entry(ns, spec):
    """A callable taking the positional arguments that `codec.prepare` builds.

    Where the signature declares a list, the answer is read as one inside the call
    (`codec.settle`), and a bool by its truth (`codec.as_bool`), so that the work of a
    lazy answer (or of its `__bool__`) is part of the call's time."""
    if spec.get("kind") == "design":
        cls = ns.get(spec["class"])
        if not isinstance(cls, type):
            raise LoadError("entry", f"no class {spec['class']} in the solution")
        returns = spec.get("method_returns")
        return lambda operations, arguments: codec.run_design(cls, operations, arguments, returns)
    call = _function(ns, spec["function"])
    if spec.get("returns_type") == "bool":
        as_bool = codec.as_bool
        return lambda *args: as_bool(call(*args))
    depth = codec.list_depth(spec.get("returns_type", ""))
    if not depth:
        return call
    settle = codec.settle
    return lambda *args: settle(call(*args), depth)


def _function(ns, name):
    solution = ns.get("Solution")
    if isinstance(solution, type) and callable(getattr(solution, name, None)):
        return lambda *args: getattr(solution(), name)(*args)
    function = ns.get(name)
    # the solution's own function, not a prelude name it happens to share (`search` is
    # re.search, `count` itertools.count)
    if callable(function) and function is not _prelude.get(name):
        return function
    raise LoadError("entry", f"no function {name}() and no class Solution with a method {name}()")


def load(source, filename, spec):
    """Run the source in a fresh prelude namespace; return (entry, namespace)."""
    code = compile_source(source, filename)
    ns = prelude_namespace(spec)
    exec(code, ns)
    if spec.get("kind") == "roundtrip":
        return roundtrip_entry(ns, code, spec), ns
    return find_entry(ns, spec), ns
