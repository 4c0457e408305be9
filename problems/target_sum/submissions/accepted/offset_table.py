# dp[i][s + total]: ways for the first i numbers to sum to s
class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        total = sum(nums)
        if abs(target) > total:
            return 0
        n = len(nums)
        dp = [[0] * (2 * total + 1) for _ in range(n + 1)]
        dp[0][total] = 1
        for i in range(1, n + 1):
            x = nums[i - 1]
            for s in range(2 * total + 1):
                if dp[i - 1][s]:
                    dp[i][s + x] += dp[i - 1][s]
                    dp[i][s - x] += dp[i - 1][s]
        return dp[n][target + total]
