# counts a way as soon as the running total hits target, before every number has a sign
from functools import cache


class Solution:
    def findTargetSumWays(self, nums, target):
        @cache
        def go(i, total):
            if total == target and i > 0:
                return 1
            if i == len(nums):
                return 0
            return go(i + 1, total + nums[i]) + go(i + 1, total - nums[i])

        return go(0, 0)
