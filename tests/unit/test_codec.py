from __future__ import annotations

import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from judge.harness import codec

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
