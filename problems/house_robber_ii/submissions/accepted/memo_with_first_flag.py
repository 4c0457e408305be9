# memoised recursion on (house, was the first house taken), O(n)
from functools import cache
from typing import List


class Solution:
    def rob(self, nums: List[int]) -> int:
        n = len(nums)

        @cache
        def best(i, took_first):
            if i >= n or (i == n - 1 and took_first):
                return 0
            return max(best(i + 1, took_first), nums[i] + best(i + 2, took_first))

        if n == 1:
            return nums[0]
        return max(nums[0] + best(2, True), best(1, False))
