class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        a = [1] + nums + [1]
        n = len(a)
        dp = [[0] * n for _ in range(n)]
        for length in range(1, n - 1):
            for l in range(1, n - length):
                r = l + length - 1
                for k in range(l, r + 1):
                    # k taken as the FIRST to burst: its neighbours are its original ones
                    gain = a[k - 1] * a[k] * a[k + 1]
                    dp[l][r] = max(dp[l][r], dp[l][k - 1] + gain + dp[k + 1][r])
        return dp[1][n - 2]
