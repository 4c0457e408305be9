"""Java starters: LeetCode's Java types, mapped once from the Python signatures."""

from __future__ import annotations

import pytest

from judge import registry
from judge.languages.java.starter import JAVA_SIGNATURES, java_type, signature, starter_source


@pytest.mark.parametrize(
    ("python", "parameter", "answer"),
    [
        ("int", "int", "int"),
        ("float", "double", "double"),
        ("str", "String", "String"),
        ("bool", "boolean", "boolean"),
        ("List[int]", "int[]", "int[]"),
        ("List[str]", "String[]", "List<String>"),
        ("List[bool]", "boolean[]", "List<Boolean>"),
        ("List[List[int]]", "int[][]", "List<List<Integer>>"),
        ("List[List[str]]", "char[][]", "List<List<String>>"),
        ("Optional[ListNode]", "ListNode", "ListNode"),
        ("Optional[TreeNode]", "TreeNode", "TreeNode"),
        ("TreeNode", "TreeNode", "TreeNode"),
        ("List[Optional[ListNode]]", "ListNode[]", "List<ListNode>"),
        ("Optional[Node]", "Node", "Node"),
        ("'Node'", "Node", "Node"),
    ],
)
def test_each_signature_type_has_leetcode_s_java_type(python, parameter, answer):
    assert java_type(python) == parameter
    assert java_type(python, answer=True) == answer


def test_none_is_only_an_answer_s_type():
    assert java_type("None", answer=True) == "void"
    with pytest.raises(ValueError, match="None"):
        java_type("None")


def test_a_type_without_a_mapping_is_refused():
    with pytest.raises(ValueError, match="Dict"):
        java_type("Dict[str, int]")


def test_every_problem_s_starter_maps():
    for slug in registry.slugs():
        text = starter_source(registry.get(slug))
        assert "class " in text, slug


def test_the_overrides_name_real_problems_methods_and_parameters():
    for slug, methods in JAVA_SIGNATURES.items():
        problem = registry.get(slug)
        for method, names in methods.items():
            if method:
                found = next(m for m in problem.methods if m.name == method)
                params = found.params
            else:
                params = problem.params
            for name in names:
                assert name == "return" or name in {p.name for p in params}, (slug, method, name)


def test_a_function_starter_is_leetcode_s():
    assert signature(registry.get("two_sum")) == "\n".join(
        [
            "class Solution {",
            "    public int[] twoSum(int[] nums, int target) {",
            "        ",
            "    }",
            "}",
        ]
    )


def test_leetcode_s_own_java_types_where_they_differ_from_the_table():
    assert "public int[][] merge(int[][] intervals)" in signature(registry.get("merge_intervals"))
    assert "public List<Integer> spiralOrder(int[][] matrix)" in signature(registry.get("spiral_matrix"))
    assert "public int numIslands(char[][] grid)" in signature(registry.get("number_of_islands"))
    assert "List<String> wordDict" in signature(registry.get("word_break"))
    assert "public int leastInterval(char[] tasks, int n)" in signature(registry.get("task_scheduler"))
    assert "List<List<String>> tickets" in signature(registry.get("reconstruct_itinerary"))


def test_a_design_starter_has_the_constructor_the_methods_and_the_usage_comment():
    text = signature(registry.get("lru_cache"))
    assert text.startswith("class LRUCache {")
    assert "    public LRUCache(int capacity) {" in text
    assert "    public int get(int key) {" in text
    assert "    public void put(int key, int value) {" in text
    assert " * int param_1 = obj.get(key);" in text
    assert " * obj.put(key,value);" in text


def test_a_round_trip_starter_is_a_public_codec():
    text = signature(registry.get("serialize_deserialize_binary_tree"))
    assert text.startswith("public class Codec {")
    assert "    public String serialize(TreeNode root) {" in text
    assert "    public TreeNode deserialize(String data) {" in text
    strings = signature(registry.get("encode_decode_strings"))
    assert "public String encode(List<String> strs)" in strings
    assert "public List<String> decode(String s)" in strings


def test_node_definitions_are_shown_in_comments_as_leetcode_does():
    tree = starter_source(registry.get("max_depth_binary_tree"))
    assert " * public class TreeNode {" in tree and "TreeNode(int val, TreeNode left, TreeNode right)" in tree
    graph = starter_source(registry.get("clone_graph"))
    assert "    public List<Node> neighbors;" in graph and graph.count("/*") == 1
    random = starter_source(registry.get("copy_list_random_pointer"))
    assert "    Node random;" in random and "neighbors" not in random
    assert "public ListNode reverseList(ListNode head)" in starter_source(registry.get("reverse_linked_list"))
