"""Values between JSON and the objects a LeetCode-style solution takes and returns.

This module runs in two places: inside the sandbox (sent to the container by the
boot frame) and on the host, where the trusted reference solution is called through
the very same `prepare` / `finish` pair, so both sides agree on what an argument is
and what an answer looks like.  It imports only the standard library.

An answer leaves `finish` as *plain data*: None, bool, int, float, str, and lists and
dicts of those, each of exactly that type.  Where the signature declares a list,
any finite iterable is read as one, as LeetCode reads it (`settle`).  Anything else
is turned into a marker (a dict with the key MARKER) that never equals an expected
value, or refused with `NotPlain` when it is not data at all (a set as the answer
itself, a generator where no list is declared, an arbitrary object).
"""

import math
from itertools import islice

MARKER = "$judge"
# Nodes followed when turning a linked structure into a list: past this the
# structure is taken to have a cycle (it cannot be a legitimate answer).
MAX_NODES = 2_000_000
# Elements visited when turning an answer into plain data.
MAX_ITEMS = 4_000_000
# The key under which `prepare` keeps what it needs to judge an answer against the
# input as it was built (the nodes of a random list), beside the arguments.
ORIGINALS = "$originals"


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    def __repr__(self):
        return f"ListNode({self.val!r})"


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self):
        return f"TreeNode({self.val!r})"


class Node:
    """LeetCode's graph node (clone graph): a value and a list of neighbours."""

    def __init__(self, val=0, neighbors=None):
        self.val = val
        self.neighbors = neighbors if neighbors is not None else []

    def __repr__(self):
        return f"Node({self.val!r})"


class RandomNode:
    """LeetCode's node of a list with random pointers (copy list with random pointer).

    Bound to the name `Node` for the problems whose `node` is "random_list"."""

    def __init__(self, x, next=None, random=None):
        self.val = int(x)
        self.next = next
        self.random = random

    def __repr__(self):
        return f"Node({self.val!r})"


# The class a problem's `node` key binds to the prelude name `Node`.
NODE_CLASSES = {"graph": Node, "random_list": RandomNode}


class Interval(list):
    """A meeting as NeetCode's and LintCode's versions of the meeting-room problems pass
    it (`.start`, `.end`) that is also the `[start, end]` LeetCode's version passes, so a
    solution in either style runs unchanged. Bound to the prelude name `Interval` where a
    parameter is given as intervals (`each = "Interval"` in problem.toml)."""

    __slots__ = ()

    def __init__(self, start=0, end=0):
        super().__init__((start, end))

    @property
    def start(self):
        return self[0]

    @start.setter
    def start(self, value):
        self[0] = value

    @property
    def end(self):
        return self[1]

    @end.setter
    def end(self, value):
        self[1] = value

    def __repr__(self):
        return f"Interval({self[0]!r}, {self[1]!r})"


class NestedInteger:
    """LeetCode's nested list element (its camelCase methods): an integer, or a list of them."""

    def __init__(self, value=None):
        self._list = [] if value is None else None
        self._int = value

    def isInteger(self):
        return self._list is None

    def getInteger(self):
        return self._int if self._list is None else None

    def setInteger(self, value):
        self._list, self._int = None, value

    def add(self, elem):
        if self._list is None:
            self._list, self._int = [], None
        self._list.append(elem)

    def getList(self):
        return self._list

    def __repr__(self):
        return f"NestedInteger({self._int if self._list is None else self._list!r})"


class NotPlain(Exception):
    """The answer is not data that JSON can carry (a set, an object, ...)."""


class TooLarge(Exception):
    """The answer is larger than the judge accepts."""


def marker(kind, detail):
    return {MARKER: kind, "detail": detail}


def is_marker(value):
    return type(value) is dict and MARKER in value


# --- building arguments -------------------------------------------------------


def build_list(values, cycle_pos=-1):
    head = tail = None
    nodes = []
    for v in values:
        node = ListNode(v)
        nodes.append(node)
        if tail is None:
            head = node
        else:
            tail.next = node
        tail = node
    if cycle_pos is not None and 0 <= cycle_pos < len(nodes):
        tail.next = nodes[cycle_pos]
    return head


def build_tree(values):
    """Level order with None for a missing child, as LeetCode writes trees."""
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    level = [root]
    i = 1
    while level and i < len(values):
        next_level = []
        for node in level:
            for side in ("left", "right"):
                if i >= len(values):
                    break
                v = values[i]
                i += 1
                if v is not None:
                    child = TreeNode(v)
                    setattr(node, side, child)
                    next_level.append(child)
        level = next_level
    return root


def build_graph(adjacency):
    """Adjacency list of nodes 1..n (LeetCode 133); returns node 1 or None."""
    if not adjacency:
        return None
    nodes = [Node(i + 1) for i in range(len(adjacency))]
    for node, neighbours in zip(nodes, adjacency, strict=True):
        node.neighbors = [nodes[j - 1] for j in neighbours]
    return nodes[0]


def build_random_list(pairs):
    """[[val, random index or None], ...] (LeetCode 138) -> (head or None, the nodes in order)."""
    nodes = [RandomNode(val) for val, _ in pairs]
    for i, (node, (_, target)) in enumerate(zip(nodes, pairs, strict=True)):
        node.next = nodes[i + 1] if i + 1 < len(nodes) else None
        node.random = None if target is None else nodes[target]
    return (nodes[0] if nodes else None), nodes


def find_tree_node(root, val):
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if node.val == val:
            return node
        stack.append(node.left)
        stack.append(node.right)
    return None


def _fresh(value):
    """A private copy of a JSON value, so a call cannot change the caller's data."""
    t = type(value)
    if t is list:
        if _CONTAINERS.isdisjoint(map(type, value)):
            return value.copy()  # only immutable values in it: a copy in C is private
        return [_fresh(v) for v in value]
    if t is dict:
        return {k: _fresh(v) for k, v in value.items()}
    return value


_CONTAINERS = frozenset((list, dict))


def _copy_rows(value):
    return [row.copy() for row in value]


def copier(value):
    """The quickest way to copy value privately, chosen once for a value used by many calls.

    A flat list (of numbers, strings, None) is copied by `list.copy`, a list of flat
    lists row by row; anything else element by element."""
    if type(value) is list:
        if _CONTAINERS.isdisjoint(map(type, value)):
            return list.copy
        if all(type(row) is list and _CONTAINERS.isdisjoint(map(type, row)) for row in value):
            return _copy_rows
    return _fresh


def prepare(spec, args, copiers=None, owned=False):
    """Objects to call with, from JSON arguments, following the signature in spec.

    copiers: a copy function per argument name (from `copier`) for staged arguments.
    owned: args were decoded for this call alone and nothing else holds them, so they are
    given as they are, not copied (a call's arguments are distinct objects: JSON has no
    references).
    Returns (positional arguments for the call, every built argument by name)."""
    built = {}
    for param in spec["params"]:
        name = param["name"]
        kind = param.get("type", "")
        value = args.get(name)
        if kind == "ListNode":
            cycle = param.get("cycle")
            built[name] = build_list(value or [], args.get(cycle, -1) if cycle else -1)
        elif kind == "ListNode[]":
            built[name] = [build_list(v or []) for v in value or []]
        elif kind == "Interval[]":
            built[name] = [Interval(start, end) for start, end in value or []]
        elif kind == "TreeNode":
            built[name] = build_tree(value or [])
        elif kind == "GraphNode":
            built[name] = build_graph(value or [])
        elif kind == "TreeNodeRef":
            built[name] = find_tree_node(built[param["of"]], value)
        elif kind == "RandomList":
            # the nodes and their JSON are kept to tell, after the call, whether the
            # answer shares a node with the input and whether the input was left as given
            built[name], nodes = build_random_list(value or [])
            built[ORIGINALS] = (nodes, value or [])
        else:
            built[name] = value if owned else (copiers[name] if copiers else _fresh)(value)
    positional = [built[p["name"]] for p in spec["params"] if p.get("passed", True)]
    return positional, built


# --- reading answers ----------------------------------------------------------


def dump_list(head):
    """The values of a linked list; a cycle is found in time proportional to its length."""
    out = []
    node = slow = head
    while node is not None:
        if len(out) >= MAX_NODES:
            return marker("cycle", f"a list that goes on past {MAX_NODES} nodes")
        out.append(printed_val(getattr(node, "val", None)))
        node = getattr(node, "next", None)
        if len(out) % 2 == 0:  # Floyd: the slow pointer moves at half speed
            slow = getattr(slow, "next", None)
        if node is not None and node is slow:
            return marker("cycle", "a list with a cycle (it reaches a node twice)")
    return out


def dump_tree(root):
    out = []
    queue = [root]
    seen = set()
    i = 0
    while i < len(queue):
        node = queue[i]
        i += 1
        if node is None:
            out.append(None)
            continue
        if id(node) in seen or len(seen) >= MAX_NODES:
            return marker("cycle", "a tree that reaches a node twice: it has a cycle")
        seen.add(id(node))
        out.append(printed_val(getattr(node, "val", None)))
        queue.append(getattr(node, "left", None))
        queue.append(getattr(node, "right", None))
    while out and out[-1] is None:
        out.pop()
    return out


def graph_nodes(start):
    """Every node reachable from start, in order of their values."""
    if start is None:
        return []
    seen = {id(start): start}
    stack = [start]
    while stack:
        node = stack.pop()
        for n in getattr(node, "neighbors", None) or []:
            if id(n) not in seen:
                if len(seen) >= MAX_NODES:
                    raise TooLarge("the graph has too many nodes")
                seen[id(n)] = n
                stack.append(n)
    return sorted(seen.values(), key=lambda n: getattr(n, "val", 0))


def dump_graph(start, originals=()):
    nodes = graph_nodes(start)
    original_ids = {id(n) for n in originals}
    if any(id(n) in original_ids for n in nodes):
        return marker("shared", "a graph that shares nodes with the input: it is not a copy")
    return to_plain(
        [sorted(getattr(n, "val", 0) for n in getattr(node, "neighbors", None) or []) for node in nodes]
    )


def _list_positions(head):
    """{id(node): index} along `next` from head, or a marker for a cycle or an endless list."""
    index = {}
    node = head
    while node is not None:
        if id(node) in index:
            return marker("cycle", "a list with a cycle (it reaches a node twice)")
        if len(index) >= MAX_NODES:
            return marker("cycle", f"a list that goes on past {MAX_NODES} nodes")
        index[id(node)] = len(index)
        node = getattr(node, "next", None)
    return index


def _random_indices(head, index, original_ids):
    """The index of each node's random target in the copy, or a marker where one points elsewhere."""
    out = []
    node = head
    while node is not None:
        target = getattr(node, "random", None)
        if target is None:
            out.append(None)
        elif id(target) in index:
            out.append(index[id(target)])
        elif id(target) in original_ids:
            where = f"node {len(out)}'s random pointer points into the input list"
            return marker("shared", f"a copy whose {where}: it must point into the copy")
        else:
            where = f"node {len(out)}'s random pointer points to a node that is not in the returned list"
            return marker("outside", f"a copy whose {where}")
        node = getattr(node, "next", None)
    return out


def _input_change(nodes, pairs):
    """What the call changed in the input list (a message), or None where it is as given."""
    for i, (node, (val, target)) in enumerate(zip(nodes, pairs, strict=True)):
        after = nodes[i + 1] if i + 1 < len(nodes) else None
        random = None if target is None else nodes[target]
        for field, wanted in (("next", after), ("random", random)):
            if getattr(node, field, None) is not wanted:
                return f"the {field} pointer of its node {i} (value {val})"
        now = getattr(node, "val", None)
        if type(now) is not int or now != val:
            return f"the value of its node {i} (value {val})"
    return None


def dump_random_list(head, originals=None):
    """[[val, random index], ...] of a returned copy, judged as a deep copy of the input.

    The copy must be made of new nodes only, each random pointer into the copy, and
    the input must be left as it was given (LeetCode rejects a copy that leaves the
    input list changed, as the interleaving technique does when it does not undo)."""
    index = _list_positions(head)
    if is_marker(index):
        return index
    nodes, pairs = originals or ((), ())
    original_ids = {id(n) for n in nodes}
    if not original_ids.isdisjoint(index):
        return marker("shared", "a list that shares nodes with the input: a deep copy is made of new nodes")
    randoms = _random_indices(head, index, original_ids)
    if is_marker(randoms):
        return randoms
    changed = _input_change(nodes, pairs)
    if changed:
        return marker(
            "changed", f"a copy, but it changed the input list ({changed}): leave the input as given"
        )
    out = []
    node = head
    for r in randoms:
        out.append([to_plain(getattr(node, "val", None)), r])
        node = getattr(node, "next", None)
    return out


def list_depth(type_name):
    """How many levels of a declared type are lists: List[List[str]] -> 2, int -> 0."""
    t = (type_name or "").replace(" ", "").replace("typing.", "")
    depth = 0
    while True:
        if t.startswith("Optional[") and t.endswith("]"):
            t = t[len("Optional[") : -1]
        elif t.startswith(("List[", "list[")) and t.endswith("]"):
            depth += 1
            t = t[len("List[") : -1]
        else:
            return depth + (t in ("List", "list"))


class Endless:
    """Stands for an iterable that went on past MAX_ITEMS: `to_plain` refuses it."""

    __slots__ = ()


ENDLESS = Endless()
_ROWS = frozenset((list, tuple))
# Iterable, but never read as a list: LeetCode writes these as themselves.
_NOT_LISTS = (str, bytes, bytearray, memoryview, dict, bool, int, float)


def _reads_as_list(t):
    """Whether a value of type t is read as a list where the signature declares one.

    A set is read as a list in the order it iterates, as LeetCode reads it, the
    answer itself (`return set(nums1) & set(nums2)`, a set of tuples for the subsets)
    as well as inside a list (`[set1 - set2, set2 - set1]`): where the order matters,
    a set's own order decides, there as here."""
    if t is list or issubclass(t, _NOT_LISTS):
        return False
    return hasattr(t, "__iter__")


def _consume(iterable, budget):
    """The items of an iterable as a list, or ENDLESS past the budget (an endless generator)."""
    items = list(islice(iterable, budget[0] + 1))
    budget[0] -= len(items)
    return ENDLESS if budget[0] < 0 else items


def settle(value, depth, budget=None):
    """The answer with each level that its signature declares a list (depth) read as one.

    A tuple, dict view, deque, range, generator, map, zip ... there becomes a list;
    called inside the timed call, so that the work of a lazy answer is timed with it.
    What is not read as a list is left for `to_plain` to judge (strictly). What the
    answer's own __iter__ or __next__ raises is raised: an error of the call."""
    if depth <= 0:
        return value
    if budget is None:
        budget = [MAX_ITEMS]
    t = type(value)
    if t is list:
        if depth == 1 or (depth == 2 and _ROWS.issuperset(map(type, value))):
            return value  # the common case: nothing to read
    elif _reads_as_list(t):
        value = _consume(value, budget)
        if value is ENDLESS or depth == 1:
            return value
    else:
        return value
    return [settle(v, depth - 1, budget) for v in value]


def to_plain(value):
    """Plain JSON data from an answer, keeping exact types (see module docstring)."""
    budget = [MAX_ITEMS]

    def walk(x):
        budget[0] -= 1
        if budget[0] < 0:
            raise TooLarge(f"the answer has more than {MAX_ITEMS} elements")
        t = type(x)
        if x is None or t is bool or t is int or t is float or t is str:
            return x
        if t is Endless:
            raise TooLarge(f"the answer goes on past {MAX_ITEMS} elements")
        if t is list or t is tuple or t is Interval:
            return [walk(v) for v in x]
        if t is dict:
            out = {}
            for k, v in x.items():
                if type(k) is not str:
                    raise NotPlain(f"a dict key of type {type(k).__name__}")
                out[k] = walk(v)
            return out
        for base in (bool, int, float, str, list, tuple, dict):
            if isinstance(x, base):
                return marker("subclass", f"an instance of {t.__name__}, a subclass of {base.__name__}")
        raise NotPlain(f"a value of type {t.__name__}")

    try:
        return walk(value)
    except RecursionError:
        raise TooLarge("the answer is nested too deeply") from None


def as_bool(value):
    """An answer declared bool, read as LeetCode's driver reads it: by its truth (a search
    that falls off its end returns None, which LeetCode takes for false)."""
    return value if type(value) is bool else bool(value)


def printed_val(value):
    """A node's value as LeetCode's driver prints it (str(val)): a string of digits prints as
    the number it spells (a tree rebuilt from a string without int() is accepted there)."""
    if type(value) is str:
        try:
            number = int(value)
        except ValueError:
            return value
        if str(number) == value:
            return number
    return value


def dump(kind, value, built=None):
    """Plain data for a value of the given signature type."""
    if kind == "bool":
        return as_bool(value)
    if kind == "ListNode":
        return dump_list(value)
    if kind == "ListNode[]":
        return [dump_list(v) for v in value] if type(value) is list else to_plain(value)
    if kind == "TreeNode":
        return dump_tree(value)
    if kind == "TreeNodeRef":
        return None if value is None else to_plain(getattr(value, "val", None))
    if kind == "GraphNode":
        originals = graph_nodes_of(built) if built else ()
        return dump_graph(value, originals)
    if kind == "RandomList":
        return dump_random_list(value, (built or {}).get(ORIGINALS))
    return to_plain(value)


def graph_nodes_of(built):
    nodes = []
    for v in built.values():
        if type(v) is Node:
            nodes.extend(graph_nodes(v))
    return nodes


def finish(spec, built, returned):
    """The answer as plain data: the return value, or the mutated argument."""
    if spec.get("kind") == "roundtrip":
        return finish_roundtrip(spec, returned)
    inplace = spec.get("inplace")
    if inplace:
        kind = next(p.get("type", "") for p in spec["params"] if p["name"] == inplace)
        return dump(kind, built[inplace])
    declared = spec.get("returns_type", "")
    if declared == "bool":  # read by its truth, as LeetCode's driver reads it (1, None, "yes")
        return as_bool(returned)
    return dump(spec.get("returns", ""), settle(returned, list_depth(declared)), built)


def run_design(cls, operations, arguments, method_returns=None):
    """Drive a design class the way LeetCode's two lists describe.

    method_returns: each method's declared return type, for `settle`. What a method
    declared to return None returns is not an answer: LeetCode prints null for it."""
    returns = method_returns or {}
    depths = {name: list_depth(t) for name, t in returns.items()}
    obj = cls(*arguments[0])
    out = [None]
    for op, argv in zip(operations[1:], arguments[1:], strict=False):
        value = getattr(obj, op)(*argv)
        depth = depths.get(op, 0)
        declared = returns.get(op)
        if declared == "None":
            value = None
        elif declared == "bool":
            value = as_bool(value)
        elif depth:
            value = settle(value, depth)
        out.append(value)
    return out


# --- round trips (a codec class: one method encodes, the other decodes) ---------

# What each string of a list input becomes once encode has returned.
SCRAMBLED = "(scrambled by the judge)"


class Roundtrip:
    """What a round trip hands to `finish`: the decoded answer and what judging it needs.

    redo: decodes a string in a fresh copy of the solution (see loader), so that state
    kept between the two calls shows; refused: the type encode returned, not a str."""

    __slots__ = ("answer", "parts", "redo", "refused", "token")

    def __init__(self, answer, token, parts, redo, refused=None):
        self.answer = answer
        self.token = token
        self.parts = parts
        self.redo = redo
        self.refused = refused


def _tree_nodes(root):
    """Every node of a tree (ids guard against a cycle), root first."""
    nodes, seen, stack = [], set(), [root]
    while stack:
        node = stack.pop()
        if node is None or id(node) in seen or len(seen) >= MAX_NODES:
            continue
        seen.add(id(node))
        nodes.append(node)
        stack.append(getattr(node, "right", None))
        stack.append(getattr(node, "left", None))
    return nodes


def input_parts(kind, value):
    """The objects of a round trip's input that its answer must not be: tree nodes, or the list."""
    if kind == "TreeNode":
        return _tree_nodes(value)
    return [value] if type(value) is list else []


def scramble(kind, parts):
    """Spoil the input in place once encode has returned: a decoder that reads it, rather
    than the string it was given, answers wrong."""
    if kind == "TreeNode":
        for node in parts:
            node.val = ~node.val if type(node.val) is int else None
            node.left = node.right = None
    else:
        for items in parts:
            items[:] = [SCRAMBLED] * (len(items) + 1)


def run_roundtrip(spec, cls, redo, value):
    """encode then decode, each on a new instance of the class, as LeetCode drives a codec;
    the input is scrambled between the two. One call: both are timed together."""
    kind = spec["params"][0].get("type", "")
    parts = input_parts(kind, value)
    token = getattr(cls(), spec["encode"])(value)
    if type(token) is not str:
        return Roundtrip(None, None, parts, None, type(token).__name__)
    scramble(kind, parts)
    answer = getattr(cls(), spec["decode"])(token)
    depth = list_depth(spec.get("returns_type", ""))
    return Roundtrip(settle(answer, depth) if depth else answer, token, parts, redo)


def _shared(kind, answer, parts):
    """Why the answer is (part of) the input, or None."""
    if kind == "TreeNode":
        ids = {id(n) for n in parts}
        if any(id(n) in ids for n in _tree_nodes(answer)):
            return "a tree that holds nodes of the input tree"
    elif any(answer is p for p in parts):
        return "the input list itself"
    return None


def finish_roundtrip(spec, trip):
    """The decoded answer as plain data, or a marker naming the way the round trip cheated."""
    if type(trip) is not Roundtrip:
        raise NotPlain(f"a value of type {type(trip).__name__}")
    encode, decode = spec["encode"], spec["decode"]
    if trip.refused is not None:
        return marker(
            "not_str", f"a {trip.refused} from {encode}(), not a str: {encode}() must return a string"
        )
    kind = spec["params"][0].get("type", "")
    shared = _shared(kind, trip.answer, trip.parts)
    if shared:
        why = f"{decode}() must build its answer from the string alone (the judge scrambles the input"
        return marker("shared", f"{shared} from {decode}(): {why} once {encode}() has returned)")
    plain = dump(spec.get("returns", ""), trip.answer)
    if trip.redo is None or is_marker(plain):
        return plain
    return _redone(spec, trip, plain)


def _redone(spec, trip, plain):
    """plain, where a fresh copy of the solution decodes the same string to the same answer."""
    decode = spec["decode"]
    rule = "the string must carry everything: keep no state between the calls (a class attribute, a global)"
    try:
        depth = list_depth(spec.get("returns_type", ""))
        again = dump(spec.get("returns", ""), settle(trip.redo(trip.token), depth))
    except Exception as e:
        return marker(
            "state",
            f"an answer that the string alone does not give: {decode}() in a fresh copy "
            f"of the solution, given the same string, raised {type(e).__name__}; {rule}",
        )
    if again != plain:
        return marker(
            "state",
            f"an answer that the string alone does not give: {decode}() in a fresh copy "
            f"of the solution, given the same string, answered differently; {rule}",
        )
    return plain


# --- encoding (used in the container, where `json` may have been vandalised) ---


_SCALARS = {
    int: int.__repr__,
    bool: lambda x: "true" if x else "false",
    type(None): lambda x: "null",
}
# A 64-bit int with its sign and comma: a list longer than limit / INT_CHARS goes to the walk,
# which stops at the limit. Longer ints in a shorter list are written too, and the text is
# measured once made (a few times the memory the ints themselves hold, at most).
INT_CHARS = 21


def _flat(value, limit, enc_str):
    """The JSON text of the shapes most calls answer with, faster than the walk: an int,
    a flat list of ints, a flat dict of ints and strings (a reply's head); else None."""
    t = type(value)
    if t is int:
        return int.__repr__(value) if -(10**18) < value < 10**18 else None
    if t is list:
        if len(value) * INT_CHARS > limit or any(type(v) is not int for v in value):
            return None
        text = "[" + ",".join(map(int.__repr__, value)) + "]"
        return text if len(text) <= limit else None  # the walk says why
    if t is dict:
        parts = []
        for k, v in value.items():
            tv = type(v)
            if type(k) is not str or (tv is not str and tv not in _SCALARS):
                return None
            parts.append(enc_str(k) + ":" + (enc_str(v) if tv is str else _SCALARS[tv](v)))
        text = "{" + ",".join(parts) + "}"
        return text if len(text) <= limit else None
    return None


def encode(value, limit, _str=None):
    """JSON text for plain data, refusing to grow past `limit` characters."""
    enc_str = _str or _encode_str
    try:
        fast = _flat(value, limit, enc_str)
    except ValueError:  # an int too long to print: the walk says so
        fast = None
    if fast is not None:
        return fast
    parts = []
    size = [0]

    def emit(s):
        size[0] += len(s)
        if size[0] > limit:
            raise TooLarge(f"the answer is larger than {limit} bytes")
        parts.append(s)

    def walk(x):
        t = type(x)
        if x is None:
            emit("null")
        elif t is bool:
            emit("true" if x else "false")
        elif t is int:
            emit(int.__repr__(x))
        elif t is float:
            if x != x:
                emit("NaN")
            elif x in (math.inf, -math.inf):
                emit("Infinity" if x > 0 else "-Infinity")
            else:
                emit(float.__repr__(x))
        elif t is str:
            emit(enc_str(x))
        elif t is list:
            emit("[")
            for i, v in enumerate(x):
                if i:
                    emit(",")
                walk(v)
            emit("]")
        elif t is dict:
            emit("{")
            for i, (k, v) in enumerate(x.items()):
                if i:
                    emit(",")
                emit(enc_str(k))
                emit(":")
                walk(v)
            emit("}")
        else:
            raise NotPlain(f"a value of type {t.__name__}")

    try:
        walk(value)
    except ValueError as e:  # an int too long to print
        raise TooLarge(str(e)) from None
    except RecursionError:
        raise TooLarge("the answer is nested too deeply") from None
    return "".join(parts)


def _encode_str(s):
    import json

    return json.dumps(s)
