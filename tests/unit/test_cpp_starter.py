"""C++ starters: LeetCode's types, mapped once from the Python signatures."""

from __future__ import annotations

import pytest

from judge import registry
from judge.languages.cpp.starter import cpp_type, param_type, signature, starter_source


@pytest.mark.parametrize(
    ("python", "cpp"),
    [
        ("int", "int"),
        ("float", "double"),
        ("str", "string"),
        ("bool", "bool"),
        ("None", "void"),
        ("List[int]", "vector<int>"),
        ("List[float]", "vector<double>"),
        ("List[str]", "vector<string>"),
        ("List[List[int]]", "vector<vector<int>>"),
        ("List[List[str]]", "vector<vector<string>>"),
        ("Optional[ListNode]", "ListNode*"),
        ("Optional[TreeNode]", "TreeNode*"),
        ("TreeNode", "TreeNode*"),
        ("List[Optional[ListNode]]", "vector<ListNode*>"),
        ("Optional[Node]", "Node*"),
        ("'Node'", "Node*"),
    ],
)
def test_each_signature_type_has_leetcode_s_cpp_type(python, cpp):
    assert cpp_type(python) == cpp


def test_a_board_of_characters_is_a_vector_of_char_and_vectors_are_passed_by_reference():
    assert cpp_type("List[List[str]]", chars=True) == "vector<vector<char>>"
    assert param_type("List[int]") == "vector<int>&"
    assert param_type("str") == "string" and param_type("Optional[TreeNode]") == "TreeNode*"


def test_a_type_without_a_mapping_is_refused():
    with pytest.raises(ValueError, match="Dict"):
        cpp_type("Dict[str, int]")


def test_a_function_starter_is_leetcode_s():
    assert signature(registry.get("two_sum")) == "\n".join(
        [
            "class Solution {",
            "public:",
            "    vector<int> twoSum(vector<int>& nums, int target) {",
            "        ",
            "    }",
            "};",
        ]
    )


def test_boards_are_char_and_words_are_strings_by_the_examples():
    assert "int numIslands(vector<vector<char>>& grid)" in signature(registry.get("number_of_islands"))
    assert "vector<vector<string>>& tickets" in signature(registry.get("reconstruct_itinerary"))
    assert "bool exist(vector<vector<char>>& board, string word)" in signature(registry.get("word_search"))
    assert "int leastInterval(vector<char>& tasks, int n)" in signature(registry.get("task_scheduler"))
    assert "groupAnagrams(vector<string>& strs)" in signature(registry.get("group_anagrams"))


def test_a_design_starter_has_the_constructor_the_methods_and_the_usage_comment():
    text = signature(registry.get("lru_cache"))
    assert "class LRUCache {" in text and "    LRUCache(int capacity) {" in text
    assert "    int get(int key) {" in text and "    void put(int key, int value) {" in text
    assert " * LRUCache* obj = new LRUCache(capacity);" in text
    assert " * int param_1 = obj->get(key);" in text and " * obj->put(key, value);" in text


def test_design_usage_numbers_the_methods_as_leetcode_does():
    text = signature(registry.get("min_stack"))
    assert " * obj->push(val);" in text and " * int param_3 = obj->top();" in text
    assert " * int param_4 = obj->getMin();" in text


def test_a_round_trip_is_a_codec_class():
    text = signature(registry.get("serialize_deserialize_binary_tree"))
    assert "class Codec {" in text
    assert "    string serialize(TreeNode* root) {" in text
    assert "    TreeNode* deserialize(string data) {" in text


def test_node_classes_are_shown_as_leetcode_defines_them():
    assert " *     ListNode(int x, ListNode *next) : val(x), next(next) {}" in starter_source(
        registry.get("reverse_linked_list")
    )
    assert "    Node* random;" in starter_source(registry.get("copy_list_random_pointer"))
    assert "    vector<Node*> neighbors;" in starter_source(registry.get("clone_graph"))
    assert "struct TreeNode" in starter_source(registry.get("max_depth_binary_tree"))
    assert "ListNode" not in starter_source(registry.get("two_sum"))


@pytest.mark.parametrize("slug", registry.slugs())
def test_every_problem_has_a_cpp_starter(slug):
    assert "class " in starter_source(registry.get(slug))
