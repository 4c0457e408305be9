class Solution:
    def climbStairs(self, n: int) -> int:
        # counts moves of 1, 2 or 3 steps
        dp = [1] + [0] * n
        for i in range(1, n + 1):
            for step in (1, 2, 3):
                if i >= step:
                    dp[i] += dp[i - step]
        return dp[n]
