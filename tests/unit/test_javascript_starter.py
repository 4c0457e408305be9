"""JavaScript starters: LeetCode's JSDoc types, mapped once from the Python signatures."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from judge import registry
from judge.languages.javascript.starter import js_type, signature, starter_source


@pytest.mark.parametrize(
    ("python", "javascript"),
    [
        ("int", "number"),
        ("float", "number"),
        ("str", "string"),
        ("bool", "boolean"),
        ("None", "void"),
        ("List[int]", "number[]"),
        ("List[List[int]]", "number[][]"),
        ("List[List[str]]", "string[][]"),
        ("Optional[ListNode]", "ListNode"),
        ("Optional[TreeNode]", "TreeNode"),
        ("TreeNode", "TreeNode"),
        ("List[Optional[ListNode]]", "ListNode[]"),
        ("Optional[Node]", "_Node"),
        ("'Node'", "_Node"),
    ],
)
def test_each_signature_type_has_leetcode_s_javascript_type(python, javascript):
    assert js_type(python) == javascript


def test_a_type_without_a_mapping_is_refused():
    with pytest.raises(ValueError, match="Dict"):
        js_type("Dict[str, int]")


def test_a_function_starter_is_leetcode_s():
    assert signature(registry.get("two_sum")) == "\n".join(
        [
            "/**",
            " * @param {number[]} nums",
            " * @param {number} target",
            " * @return {number[]}",
            " */",
            "var twoSum = function(nums, target) {",
            "    ",
            "};",
        ]
    )


def test_a_design_starter_has_the_constructor_the_methods_and_the_usage_comment():
    text = signature(registry.get("lru_cache"))
    assert "var LRUCache = function(capacity) {" in text
    assert "LRUCache.prototype.get = function(key) {" in text
    assert "LRUCache.prototype.put = function(key, value) {" in text
    assert " * var param_1 = obj.get(key)" in text and " * obj.put(key, value)" in text


def test_node_classes_are_shown_as_leetcode_defines_them():
    assert "function ListNode(val, next) {" in starter_source(registry.get("reverse_linked_list"))
    assert "function _Node(val, next, random) {" in starter_source(registry.get("copy_list_random_pointer"))
    assert "function _Node(val, neighbors) {" in starter_source(registry.get("clone_graph"))


COMPILE_EACH = """
const fs = require("fs"), vm = require("vm");
for (const file of process.argv.slice(1)) {
  try { new vm.Script(fs.readFileSync(file, "utf8"), { filename: file }); }
  catch (e) { console.log(file + ": " + e.message); }
}
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on this machine")
def test_every_problem_s_starter_is_valid_javascript(tmp_path):
    files = []
    for problem in registry.all_problems():
        path = tmp_path / f"{problem.slug}.js"
        path.write_text(starter_source(problem))
        files.append(str(path))
    checked = subprocess.run(["node", "-e", COMPILE_EACH, *files], capture_output=True, text=True)
    assert checked.returncode == 0 and checked.stdout == "", checked.stdout + checked.stderr
