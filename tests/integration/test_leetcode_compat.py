"""Solutions LeetCode accepts as written, judged in the real sandbox."""

from __future__ import annotations

from judge import registry
from judge.engine import RunOptions, judge_solution
from judge.render import report_text
from judge.report import Report

BISECT_WITHOUT_IMPORTS = """\
class Solution:
    def search(self, nums: List[int], target: int) -> int:
        i = bisect.bisect_left(nums, target)
        return i if i < len(nums) and nums[i] == target else -1
"""

VALUES_OF_A_DICT = """\
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for s in strs:
            groups["".join(sorted(s))].append(s)
        return groups.values()
"""

PYTHON_2 = """\
class Solution:
    def search(self, nums, target):
        for i in xrange(len(nums)):
            if nums[i] == target:
                return i
        return -1
"""


def judge(slug: str, source: str, backend) -> Report:
    options = RunOptions(property_examples=20, growth=False)
    return judge_solution(registry.get(slug), source.encode(), "solution.py", backend, options)


def test_the_module_bisect_needs_no_import(docker_backend):
    report = judge("binary_search", BISECT_WITHOUT_IMPORTS, docker_backend)
    assert report.verdict.value == "accepted", report.failure


def test_the_values_of_a_dict_are_a_list_of_lists(docker_backend):
    report = judge("group_anagrams", VALUES_OF_A_DICT, docker_backend)
    assert report.verdict.value == "accepted", report.failure


def test_python_2_gets_a_hint_once(docker_backend):
    report = judge("binary_search", PYTHON_2, docker_backend)
    assert report.verdict.value == "runtime_error"
    assert report.failure is not None
    assert "Python 3" in report.failure.reason and "xrange" in report.failure.reason
    assert report_text(report).count("hint: the judge runs Python 3") == 1


# Memoised recursion through C at every level (lru_cache's wrapper, min over a generator),
# 10^4 deep on the hidden case coins = [1], amount = 10^4: it overflows an 8 MB C stack
# (a segfault), and LeetCode accepts it.
DEEP_LRU_CACHE = """\
import sys
sys.setrecursionlimit(100000)
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        @lru_cache(maxsize=None)
        def dfs(rem):
            if rem == 0:
                return 0
            if rem < 0:
                return float('inf')
            return min(dfs(rem - c) for c in coins) + 1
        r = dfs(amount)
        return -1 if r == float('inf') else r
"""


def test_deep_memoised_recursion_through_c_is_accepted(docker_backend):
    report = judge("coin_change", DEEP_LRU_CACHE, docker_backend)
    assert report.accepted, report_text(report)


def test_a_source_saved_with_a_byte_order_mark_is_accepted(docker_backend):
    report = judge("binary_search", "\ufeff" + BISECT_WITHOUT_IMPORTS, docker_backend)
    assert report.accepted, report_text(report)
