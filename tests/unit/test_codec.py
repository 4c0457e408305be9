from __future__ import annotations

import collections
import itertools
import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from judge.harness import codec, loader

values = st.lists(st.integers(-(10**9), 10**9), max_size=50)
trees = st.lists(st.one_of(st.none(), st.integers(-100, 100)), max_size=40)


@given(values)
def test_list_round_trip(xs):
    assert codec.dump_list(codec.build_list(xs)) == xs


@given(trees)
def test_tree_round_trip_is_canonical(level_order):
    once = codec.dump_tree(codec.build_tree(level_order))
    assert codec.dump_tree(codec.build_tree(once)) == once
    assert not once or once[-1] is not None


def test_tree_level_order_like_leetcode():
    tree = codec.build_tree([3, 9, 20, None, None, 15, 7])
    assert (tree.val, tree.left.val, tree.right.left.val, tree.right.right.val) == (3, 9, 15, 7)
    assert tree.left.left is None and tree.left.right is None


@given(st.integers(1, 60), st.data())
def test_cycle_in_a_list_is_a_marker_not_a_hang(length, data):
    pos = data.draw(st.integers(0, length - 1))
    head = codec.build_list(list(range(length)), cycle_pos=pos)
    assert codec.is_marker(codec.dump_list(head))


def test_graph_shared_with_the_input_is_a_marker():
    built = {"node": codec.build_graph([[2], [1]])}
    assert codec.is_marker(codec.dump("GraphNode", built["node"], built))
    copy = codec.build_graph([[2], [1]])
    assert codec.dump("GraphNode", copy, built) == [[2], [1]]


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
        lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
        max_leaves=30,
    )
)
def test_encode_round_trips_through_json(value):
    assert json.loads(codec.encode(value, 10**7)) == value


def test_encode_nan_and_infinity_decode_on_the_host():
    decoded = json.loads(codec.encode([math.nan, math.inf], 100))
    assert math.isnan(decoded[0]) and decoded[1] == math.inf


def test_encode_refuses_to_grow_past_the_limit():
    with pytest.raises(codec.TooLarge):
        codec.encode(["x" * 100] * 100, 1000)


@given(
    st.integers()
    | st.lists(st.integers(), max_size=50)
    | st.dictionaries(st.text(), st.integers() | st.text() | st.booleans() | st.none(), max_size=8)
)
def test_the_fast_path_for_ints_and_flat_answers_writes_what_the_walk_writes(value):
    assert codec.encode(value, 10**7) == json.dumps(value, separators=(",", ":"))


def test_the_fast_path_keeps_the_limit_and_the_walk_s_errors():
    with pytest.raises(codec.TooLarge):
        codec.encode(list(range(1000)), 1000)  # 3,890 characters
    with pytest.raises(codec.TooLarge):
        codec.encode([10**30] * 3, 63)  # short enough to try (3 * INT_CHARS), 97 characters made
    with pytest.raises(codec.TooLarge):
        codec.encode([10**5000], 10**7)  # an int too long to print
    with pytest.raises(codec.NotPlain):
        codec.encode([1, 2, object()], 100)

    class Sneaky(int):
        def __repr__(self):
            return "not JSON"

    with pytest.raises(codec.NotPlain):
        codec.encode([1, Sneaky(2)], 100)
    with pytest.raises(codec.NotPlain):
        codec.encode({"a": Sneaky(2)}, 100)


def test_to_plain_keeps_exact_types_and_marks_subclasses():
    class Sneaky(int):
        pass

    assert codec.to_plain((1, [True, None], {"a": 2.5})) == [1, [True, None], {"a": 2.5}]
    assert codec.is_marker(codec.to_plain(Sneaky(3)))
    with pytest.raises(codec.NotPlain):
        codec.to_plain({1, 2})
    with pytest.raises(codec.NotPlain):
        codec.to_plain(object())


def test_prepare_builds_nodes_refs_and_hidden_params():
    spec = {
        "params": [
            {"name": "root", "type": "TreeNode"},
            {"name": "p", "type": "TreeNodeRef", "of": "root"},
            {"name": "pos", "type": "", "passed": False},
        ]
    }
    positional, built = codec.prepare(spec, {"root": [2, 1, 3], "p": 3, "pos": 1})
    assert len(positional) == 2
    assert positional[1] is built["root"].right


@pytest.mark.parametrize(
    "value",
    [[3, 1, 2], [[1, 2], [3]], [[1, [2]], {"a": [1]}], [{"a": 1}], [], "text", 7],
    ids=["flat", "rows", "nested", "dicts", "empty", "str", "int"],
)
def test_a_staged_value_is_copied_deeply_by_its_copier(value):
    copy = codec.copier(value)(value)
    assert copy == value
    stack = [(copy, value)]
    while stack:  # no list or dict of the copy is shared with the original
        mine, theirs = stack.pop()
        if isinstance(mine, list | dict):
            assert mine is not theirs
            if isinstance(mine, dict):
                mine, theirs = list(mine.values()), list(theirs.values())
            stack.extend(zip(mine, theirs, strict=True))


def test_a_call_s_own_decoded_arguments_are_passed_as_they_are():
    spec = {"params": [{"name": "nums", "type": ""}, {"name": "k", "type": ""}]}
    args = {"nums": [3, 1, 2], "k": 2}
    positional, built = codec.prepare(spec, args, owned=True)
    assert positional[0] is args["nums"] and built["nums"] is args["nums"]
    positional, _ = codec.prepare(spec, args)
    assert positional[0] == args["nums"] and positional[0] is not args["nums"]


def test_prepare_uses_the_staged_copiers():
    spec = {"params": [{"name": "nums", "type": ""}]}
    nums = [1, 2, 3]
    positional, _ = codec.prepare(spec, {"nums": nums}, {"nums": codec.copier(nums)})
    positional[0].append(4)
    assert nums == [1, 2, 3]


def test_inplace_answer_is_the_mutated_argument():
    spec = {"params": [{"name": "matrix", "type": ""}], "inplace": "matrix"}
    positional, built = codec.prepare(spec, {"matrix": [[1]]})
    positional[0][0][0] = 9
    assert codec.finish(spec, built, None) == [[9]]


def test_design_runs_operations_in_order():
    class Counter:
        def __init__(self, start):
            self.n = start

        def add(self, k):
            self.n += k
            return self.n

    assert codec.run_design(Counter, ["Counter", "add", "add"], [[1], [2], [3]]) == [None, 3, 6]


# --- lists read as LeetCode reads them ----------------------------------------


def answer(returns_type, value):
    """The plain answer of a solution that returned value for a function of that return type."""
    spec = {"params": [], "returns": "", "returns_type": returns_type}
    return codec.finish(spec, {}, value)


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda: (3, 1, 2), [3, 1, 2]),
        (lambda: {3: "a", 1: "b"}.keys(), [3, 1]),
        (lambda: {"a": 3, "b": 1}.values(), [3, 1]),
        (lambda: collections.deque([1, 2]), [1, 2]),
        (lambda: (x * x for x in range(3)), [0, 1, 4]),
        (lambda: map(abs, [-1, 2]), [1, 2]),
        (lambda: filter(None, [0, 5, 0, 6]), [5, 6]),
        (lambda: range(2, 5), [2, 3, 4]),
        (lambda: reversed([1, 2, 3]), [3, 2, 1]),
        (lambda: itertools.chain([1], [2]), [1, 2]),
        (lambda: collections.OrderedDict(a=7).values(), [7]),
    ],
    ids=[
        "tuple",
        "keys",
        "values",
        "deque",
        "generator",
        "map",
        "filter",
        "range",
        "reversed",
        "chain",
        "odict",
    ],
)
def test_a_finite_iterable_is_read_as_a_declared_list(make, expected):
    assert answer("List[int]", make()) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"a": ["eat", "tea"], "b": ["tan"]}.values(), [["eat", "tea"], ["tan"]]),
        ([(1, 2), (3,)], [[1, 2], [3]]),
        ((iter([1]), (2, 3)), [[1], [2, 3]]),
        ({"x": 1}.items(), [["x", 1]]),
        (zip([1, 2], [3, 4], strict=True), [[1, 3], [2, 4]]),
        ([{3}, frozenset()], [[3], []]),  # a set inside a list: read as LeetCode does
        ([[1], [2]], [[1], [2]]),
    ],
    ids=["group-anagrams", "tuples", "mixed", "items", "zip", "sets-inside", "lists"],
)
def test_nested_lists_are_read_at_every_declared_level(value, expected):
    assert answer("List[List[str]]", value) == expected


def test_three_declared_levels():
    assert answer("List[List[List[int]]]", [((1,), iter([2]))]) == [[[1], [2]]]
    assert answer("Optional[List[int]]", (1,)) == [1]


def test_scalars_stay_strict_inside_a_read_list():
    class Sneaky(int):
        pass

    got = answer("List[int]", iter([True, 1.0, 2]))
    assert got == [True, 1.0, 2] and [type(v) for v in got] == [bool, float, int]
    assert codec.is_marker(answer("List[int]", iter([Sneaky(1)]))[0])
    assert answer("List[str]", "abc") == "abc"  # a string is not split into a list
    assert answer("List[int]", {"a": 1}) == {"a": 1}  # nor a dict read as its keys


def test_a_set_is_read_as_a_list_where_one_is_declared_as_leetcode_reads_it():
    assert sorted(answer("List[int]", {1, 2})) == [1, 2]
    assert sorted(answer("List[List[int]]", {(1, 2), (3,)})) == [[1, 2], [3]]  # subsets, as tuples
    with pytest.raises(codec.NotPlain, match="a value of type frozenset"):
        answer("int", frozenset())  # no list declared: not read as one


def test_no_iterable_is_read_where_no_list_is_declared():
    with pytest.raises(codec.NotPlain):
        answer("int", iter([1]))
    with pytest.raises(codec.NotPlain):
        answer("", {"a": 1}.values())


def test_an_endless_generator_stops_at_the_budget(monkeypatch):
    monkeypatch.setattr(codec, "MAX_ITEMS", 1000)

    def endless():
        while True:
            yield 1

    with pytest.raises(codec.TooLarge):
        answer("List[int]", endless())
    with pytest.raises(codec.TooLarge):
        answer("List[List[int]]", [[1], endless()])


def test_what_an_answers_iter_raises_is_raised():
    class Hostile:
        def __iter__(self):
            raise ValueError("no")

    def failing():
        yield 1
        raise KeyError("late")

    with pytest.raises(ValueError):
        answer("List[int]", Hostile())
    with pytest.raises(KeyError):
        answer("List[int]", failing())


def test_list_depth_reads_the_declared_type():
    depths = {"List[List[str]]": 2, "List[int]": 1, "Optional[List[int]]": 1, "int": 0, "": 0, "None": 0}
    assert {t: codec.list_depth(t) for t in depths} == depths


def test_the_entry_reads_a_lazy_answer_inside_the_call():
    spec = {
        "kind": "function",
        "function": "f",
        "params": [],
        "returns": "",
        "returns_type": "List[List[int]]",
    }
    entry, _ = loader.load("def f():\n    return ((i, i) for i in range(3))\n", "s.py", spec)
    assert entry() == [[0, 0], [1, 1], [2, 2]]  # consumed (and timed) in the call, not after


def test_design_methods_are_read_by_their_declared_return_type():
    class Bag:
        def __init__(self):
            self.items = {}

        def add(self, k):
            self.items[k] = k * 2
            return None

        def values(self):
            return self.items.values()

    ops, argv = ["Bag", "add", "add", "values"], [[], [1], [2], []]
    out = codec.run_design(Bag, ops, argv, {"add": "None", "values": "List[int]"})
    assert codec.to_plain(out) == [None, None, None, [2, 4]]


def test_what_a_method_declared_to_return_none_returns_is_read_as_null():
    # public accepted min stacks return the popped value, or the list pushed to
    class Stack:
        def __init__(self):
            self.items = []

        def push(self, x):
            self.items.append(x)
            return self.items

        def pop(self):
            return self.items.pop()

        def top(self):
            return self.items[-1]

    ops, argv = ["Stack", "push", "push", "pop", "top"], [[], [1], [2], [], []]
    out = codec.run_design(Stack, ops, argv, {"push": "None", "pop": "None", "top": "int"})
    assert out == [None, None, None, None, 1]


def test_an_answer_declared_bool_is_read_by_its_truth_as_leetcode_reads_it():
    assert codec.dump("bool", None) is False  # a search that fell off its end
    assert codec.dump("bool", 1) is True
    assert codec.dump("bool", True) is True

    class Words:
        def search(self, word):
            if word == "yes":
                return True  # and None otherwise

    out = codec.run_design(Words, ["Words", "search", "search"], [[], ["yes"], ["no"]], {"search": "bool"})
    assert out == [None, True, False]


def test_node_values_are_read_as_leetcode_prints_them():
    root = codec.TreeNode("1", codec.TreeNode("-20"), codec.TreeNode("x"))
    assert codec.dump_tree(root) == [1, -20, "x"]  # a string of digits prints as its number
    assert codec.dump_list(codec.ListNode("07", codec.ListNode("3"))) == ["07", 3]


def test_a_function_declared_to_return_bool_is_read_by_its_truth():
    """LeetCode prints a -> bool answer by its truth: 1 reads as true, 0 and None as false."""
    spec = {"kind": "function", "function": "f", "params": [{"name": "x", "type": ""}], "returns": ""}
    spec["returns_type"] = "bool"
    for returned, read in ((1, True), (0, False), (None, False), ("no", True), ([], False), (True, True)):
        assert codec.finish(spec, {}, returned) is read
    entry = loader.find_entry({"f": lambda x: x}, spec)
    assert entry(3) is True and entry(0) is False
    assert codec.finish({**spec, "returns_type": "int"}, {}, 1) == 1  # only a declared bool
