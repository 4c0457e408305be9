class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        nums = [1] + nums + [1]
        n = len(nums)
        dp = [[0] * n for _ in range(n)]
        # dp[l][r]: best for the open gap (l, r); l runs from the right so dp[k][r] is ready
        for l in range(n - 3, -1, -1):
            for r in range(l + 2, n):
                for k in range(l + 1, r):
                    dp[l][r] = max(dp[l][r], nums[l] * nums[k] * nums[r] + dp[l][k] + dp[k][r])
        return dp[0][n - 1]
