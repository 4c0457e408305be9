class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        a = [1] + nums + [1]
        n = len(a)
        dp = [[0] * n for _ in range(n)]
        for left in range(n):  # dp[k][right] for k > left is not filled yet
            for right in range(left + 2, n):
                for k in range(left + 1, right):
                    dp[left][right] = max(dp[left][right], dp[left][k] + a[left] * a[k] * a[right] + dp[k][right])
        return dp[0][n - 1]
