# the subset-sum reduction without checking that sum + target is even
class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        total = sum(nums)
        if abs(target) > total:
            return 0
        goal = (total + target) // 2
        dp = [1] + [0] * goal
        for x in nums:
            for s in range(goal, x - 1, -1):
                dp[s] += dp[s - x]
        return dp[goal]
