# the memo is keyed by the running total alone: a count from a different index is reused
class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        memo = {}

        def ways(i, total):
            if i == len(nums):
                return 1 if total == target else 0
            if total not in memo:
                memo[total] = ways(i + 1, total + nums[i]) + ways(i + 1, total - nums[i])
            return memo[total]

        return ways(0, 0)
