"""Java solutions, judged in the JDK's sandbox against the same problems and tests."""

from __future__ import annotations

import re
from typing import Any

import pytest

from judge import registry
from judge.engine import RunOptions, backend_for, judge_solution
from judge.languages import by_name
from judge.languages.java.starter import default_return, starter_source
from judge.practice import failure_line
from judge.report import Report
from judge.sandbox.base import CallResult, Limits, Program
from tests.conftest import PROBLEMS

TWO_SUM = PROBLEMS / "two_sum" / "submissions"
JAVA = by_name("java")


def judged(slug: str, source: str, docker_backend, name: str = "Solution.java", **options) -> Report:
    options = {"property_examples": 20, "growth": False, **options}
    backend = backend_for(docker_backend, PROBLEMS / name)
    return judge_solution(registry.get(slug), source.encode(), name, backend, RunOptions(**options))


HASH_MAP = """
class Solution {
    public int[] twoSum(int[] nums, int target) {
        %s
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            if (seen.containsKey(target - nums[i])) return new int[] {seen.get(target - nums[i]), i};
            seen.put(nums[i], i);
        }
        return new int[0];
    }
}
"""


def _call(docker_backend, slug: str, source: str, args: dict[str, Any]) -> CallResult:
    """One call of a Java solution in a sandbox of its own."""
    client = docker_backend.for_language(JAVA).start(Limits())
    try:
        assert client.load(Program(source, "Solution.java", registry.get(slug).spec()), 20.0).ok
        return client.call(args, 10.0)
    finally:
        client.close()


def test_a_compile_error_names_its_line_with_javac_s_message(docker_backend):
    source = (TWO_SUM / "compile_error" / "missing_semicolon.java").read_text()
    report = judged("two_sum", source, docker_backend)
    assert report.verdict.value == "compile_error"
    assert report.failure is not None
    assert "Solution.java:5: error: ';' expected" in report.failure.reason
    assert "(line 5)" in report.failure.reason
    assert failure_line(report, source, "twoSum") == 5


def test_an_exception_names_the_solution_s_own_frames(docker_backend):
    source = (TWO_SUM / "runtime_error" / "index_past_end.java").read_text()
    report = judged("two_sum", source, docker_backend)
    assert report.verdict.value == "runtime_error"
    assert report.failure is not None and report.failure.error is not None
    assert report.failure.error["type"] == "ArrayIndexOutOfBoundsException"
    trace = report.failure.error["traceback"]
    assert "at Solution.twoSum(Solution.java:5)" in trace
    assert "Harness" not in trace and "reflect" not in trace  # only the solution's own frames
    assert failure_line(report, source, "twoSum") == 5


def test_printed_output_is_shown_with_a_wrong_answer_and_the_language_is_reported(docker_backend):
    source = """
class Solution {
    public int[] twoSum(int[] nums, int target) {
        System.out.println("looking at " + nums.length);
        return new int[] {0, 0};
    }
}
"""
    report = judged("two_sum", source, docker_backend)
    assert report.verdict.value == "wrong_answer"
    assert report.failure is not None and "looking at" in report.failure.stdout
    assert report.language == "java" and report.to_json()["language"] == "java"


def test_a_public_class_helpers_and_leetcode_s_pair_compile(docker_backend):
    source = """import javafx.util.Pair;

public class Solution {
    public int[] twoSum(int[] nums, int target) {
        Helper h = new Helper();
        for (int i = 0; i < nums.length; i++) {
            Pair<Integer, Integer> found = h.find(target - nums[i]);
            if (found != null) return new int[] {found.getValue(), i};
            h.add(nums[i], i);
        }
        return new int[0];
    }
}

class Helper {
    private final Map<Integer, Pair<Integer, Integer>> seen = new HashMap<>();
    void add(int value, int index) { seen.put(value, new Pair<>(value, index)); }
    Pair<Integer, Integer> find(int value) { return seen.get(value); }
}
"""
    assert judged("two_sum", source, docker_backend).verdict.value == "accepted"


@pytest.mark.parametrize("own_pair", [False, True])
def test_pair_needs_no_import_as_on_leetcode_and_a_solution_s_own_pair_wins(docker_backend, own_pair):
    mine = (
        "class Pair<K, V> { K k; V v; Pair(K k, V v) { this.k = k; this.v = v; } "
        "V getValue() { return v; } }\n"
    )
    source = (
        (mine if own_pair else "")
        + """class Solution {
    public int climbStairs(int n) {
        Pair<Integer, Integer> p = new Pair<>(1, 1);
        for (int i = 2; i <= n; i++) p = new Pair<>(p.getValue(), (own(p)) + p.getValue());
        return p.getValue();
    }
    private int own(Pair<Integer, Integer> p) { return %s; }
}
"""
        % ("p.k" if own_pair else "p.getKey()")
    )
    assert judged("climbing_stairs", source, docker_backend).verdict.value == "accepted"


def test_a_public_class_of_another_name_is_compiled_in_its_own_file(docker_backend):
    source = "public class Twice { static int twice(int x) { return 2 * x; } }\n" + HASH_MAP % ""
    assert judged("two_sum", source, docker_backend).verdict.value == "accepted"


def test_a_solution_that_defines_leetcode_s_list_node_itself_is_judged_with_its_own(docker_backend):
    source = """
class ListNode {
    int val;
    ListNode next;
    ListNode(int x) { val = x; }
}

class Solution {
    public ListNode reverseList(ListNode head) {
        ListNode prev = null;
        while (head != null) { ListNode n = head.next; head.next = prev; prev = head; head = n; }
        return prev;
    }
}
"""
    assert judged("reverse_linked_list", source, docker_backend).verdict.value == "accepted"


def test_a_missing_method_is_a_compile_error_naming_it(docker_backend):
    report = judged(
        "two_sum", "class Solution { public int[] twoSums(int[] a, int t) { return a; } }", docker_backend
    )
    assert report.verdict.value == "compile_error"
    assert report.failure is not None and "no method twoSum() in class Solution" in report.failure.reason


def test_system_exit_is_a_runtime_error(docker_backend):
    report = judged("two_sum", HASH_MAP % "if (nums.length > 0) System.exit(0);", docker_backend)
    assert report.verdict.value == "runtime_error"
    assert report.failure is not None and report.failure.error is not None
    assert "System.exit(0) was called" in report.failure.error["message"]


def test_a_stack_overflow_reads_as_a_recursion_error(docker_backend):
    source = HASH_MAP % "if (nums.length > 0) return twoSum(nums, target);"
    report = judged("two_sum", source, docker_backend)
    assert report.verdict.value == "runtime_error"
    assert report.failure is not None and report.failure.error is not None
    assert report.failure.error["type"] == "RecursionError"
    assert "StackOverflowError" in report.failure.error["traceback"]


def test_recursion_a_hundred_thousand_deep_is_fine(docker_backend):
    source = """
class Solution {
    public ListNode reverseList(ListNode head) {
        if (head == null || head.next == null) return head;
        ListNode rest = reverseList(head.next);
        head.next.next = head;
        head.next = null;
        return rest;
    }
}
"""
    result = _call(docker_backend, "reverse_linked_list", source, {"head": list(range(100_000))})
    assert result.value == list(range(100_000))[::-1]


def test_integer_overflow_wraps_as_in_java(docker_backend):
    source = """
class Solution {
    public int maxSubArray(int[] nums) {
        int sum = 0;
        for (int x : nums) sum += x * 100000;
        return sum / 100000 * 0 + sum;
    }
}
"""
    result = _call(docker_backend, "maximum_subarray", source, {"nums": [30000, 30000]})
    assert result.value == (6_000_000_000 + 2**31) % 2**32 - 2**31  # int arithmetic, as Java does it


def _filled(text: str) -> str:
    """A starter whose empty method bodies return a default, so that it compiles."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        found = re.match(r"^\s*public (\S.*?) \w+\(.*\) \{$", line)
        if found and lines[i + 1].strip() == "":
            lines[i + 1] = "        " + default_return(found.group(1))
    return "\n".join(lines)


def test_every_problem_s_starter_compiles_in_the_sandbox(docker_backend):
    client = docker_backend.for_language(JAVA).start(Limits())
    failed = []
    try:
        for problem in registry.all_problems():
            program = Program(_filled(starter_source(problem)), "Solution.java", problem.spec())
            loaded = client.load(program, 20.0)
            if not loaded.ok or loaded.compile_error:
                failed.append(f"{problem.slug}: {loaded.compile_error or loaded.detail}")
    finally:
        client.close()
    assert not failed, "\n".join(failed)
