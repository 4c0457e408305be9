class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        MOD = 10**9 + 7
        dp = [1] + [0] * len(t)
        for c in s:
            for j in range(len(t), 0, -1):
                if t[j - 1] == c:
                    dp[j] = (dp[j] + dp[j - 1]) % MOD
        return dp[-1]
