class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        dp = [1] + [0] * len(t)
        for c in s:
            for j in range(1, len(t) + 1):  # left to right: dp[j - 1] may already count c
                if t[j - 1] == c:
                    dp[j] += dp[j - 1]
        return dp[-1]
