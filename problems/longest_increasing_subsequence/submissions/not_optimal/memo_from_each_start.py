# memoised recursion: the longest increasing pick starting at i, tried against every later j; O(n^2)
from functools import lru_cache


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        n = len(nums)

        @lru_cache(maxsize=None)
        def longest_from(i):
            best = 1
            for j in range(i + 1, n):
                if nums[j] > nums[i]:
                    best = max(best, 1 + longest_from(j))
            return best

        return max(longest_from(i) for i in range(n))
