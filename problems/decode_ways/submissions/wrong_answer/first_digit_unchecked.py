class Solution:
    def numDecodings(self, s: str) -> int:
        dp = [0] * (len(s) + 1)
        dp[0] = dp[1] = 1  # even when s starts with 0
        for i in range(2, len(s) + 1):
            if s[i - 1] != "0":
                dp[i] += dp[i - 1]
            if s[i - 2] != "0" and int(s[i - 2:i]) <= 26:
                dp[i] += dp[i - 2]
        return dp[-1]
