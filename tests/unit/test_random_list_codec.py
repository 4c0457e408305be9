"""The random-pointer list of copy list with random pointer: its codec, the deep-copy
check, and the `Node` a problem binds (its `node` key)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from judge.harness import codec, loader
from judge.problem import ProblemError, load_problem

SPEC = {
    "kind": "function",
    "function": "copyRandomList",
    "params": [{"name": "head", "type": "RandomList", "passed": True}],
    "returns": "RandomList",
    "returns_type": "Optional[Node]",
    "node": "random_list",
}


@st.composite
def random_lists(draw):
    n = draw(st.integers(0, 12))
    randoms = st.none() | st.integers(0, max(0, n - 1))
    return [[draw(st.integers(-5, 5)), draw(randoms) if n else None] for _ in range(n)]


def judged(source, pairs):
    entry, _ = loader.load(source, "s.py", SPEC)
    positional, built = codec.prepare(SPEC, {"head": pairs})
    return codec.finish(SPEC, built, entry(*positional))


COPY = """
def copyRandomList(head):
    copies = {None: None}
    node = head
    while node:
        copies[node] = Node(node.val)
        node = node.next
    node = head
    while node:
        copies[node].next, copies[node].random = copies[node.next], copies[node.random]
        node = node.next
    return copies[head]
"""


@given(random_lists())
def test_a_deep_copy_reads_back_as_the_input(pairs):
    assert judged(COPY, pairs) == pairs


def test_build_links_next_and_random_by_index():
    head, nodes = codec.build_random_list([[7, None], [13, 0], [11, 1]])
    assert head is nodes[0] and [n.val for n in nodes] == [7, 13, 11]
    assert nodes[0].next is nodes[1] and nodes[2].next is None
    assert nodes[0].random is None and nodes[1].random is nodes[0] and nodes[2].random is nodes[1]
    assert codec.build_random_list([]) == (None, [])


def test_the_node_is_leetcodes_for_that_problem_only():
    ns = loader.prelude_namespace(SPEC)
    assert ns["Node"] is codec.RandomNode
    node = ns["Node"](3)
    assert (node.val, node.next, node.random) == (3, None, None)
    assert ns["Node"](4, node, node).random is node
    assert loader.prelude_namespace()["Node"] is codec.Node  # clone graph's, by default
    assert loader.prelude_namespace({"node": "graph"})["Node"] is codec.Node


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("def copyRandomList(head):\n    return head\n", "shared"),
        (  # random left on the originals
            "def copyRandomList(head):\n    d = t = Node(0)\n    while head:\n"
            "        t.next = Node(head.val, None, head.random)\n        t, head = t.next, head.next\n"
            "    return d.next\n",
            "shared",
        ),
        (  # random on a stray node, outside the copy
            "def copyRandomList(head):\n    d = t = Node(0)\n    while head:\n"
            "        t.next = Node(head.val, None, Node(0) if head.random else None)\n"
            "        t, head = t.next, head.next\n    return d.next\n",
            "outside",
        ),
        (COPY.replace("    return copies[head]", "    head.next = None\n    return copies[head]"), "changed"),
        (COPY.replace("    return copies[head]", "    head.val += 1\n    return copies[head]"), "changed"),
        ("def copyRandomList(head):\n    a = Node(1)\n    a.next = a\n    return a\n", "cycle"),
    ],
)
def test_what_is_not_a_deep_copy_is_a_marker(source, kind):
    got = judged(source, [[1, 1], [2, 0], [3, None]])
    assert codec.is_marker(got) and got[codec.MARKER] == kind, got


def test_a_woven_copy_that_is_unwoven_is_accepted():
    source = """
def copyRandomList(head):
    if not head:
        return None
    cur = head
    while cur:
        cur.next = Node(cur.val, cur.next)
        cur = cur.next.next
    cur = head
    while cur:
        cur.next.random = cur.random.next if cur.random else None
        cur = cur.next.next
    new, cur = head.next, head
    while cur:
        copy = cur.next
        cur.next = copy.next
        copy.next = copy.next.next if copy.next else None
        cur = cur.next
    return new
"""
    pairs = [[7, None], [13, 0], [11, 4], [10, 2], [1, 0]]
    assert judged(source, pairs) == pairs


def _problem(tmp_path: Path, extra: str) -> Path:
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "problem.toml").write_text(
        'title = "T"\ndifficulty = "easy"\nfunction = "f"\nreturns = "Optional[Node]"\n'
        + extra
        + '[[params]]\nname = "head"\ntype = "Optional[Node]"\n'
    )
    return tmp_path / "p"


def test_a_problem_s_node_key_picks_the_codec(tmp_path):
    problem = load_problem(_problem(tmp_path, 'node = "random_list"\n'))
    assert problem.params[0].codec == "RandomList" and problem.returns_codec == "RandomList"
    assert problem.spec()["node"] == "random_list"


def test_without_a_node_key_node_is_the_graph_node(tmp_path):
    problem = load_problem(_problem(tmp_path, ""))
    assert problem.params[0].codec == "GraphNode" and "node" not in problem.spec()


def test_an_unknown_node_is_refused(tmp_path):
    with pytest.raises(ProblemError, match="node"):
        load_problem(_problem(tmp_path, 'node = "skip_list"\n'))
