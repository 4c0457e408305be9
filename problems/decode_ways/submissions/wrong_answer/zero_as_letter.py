class Solution:
    def numDecodings(self, s: str) -> int:
        dp = [1, 1] + [0] * (len(s) - 1)
        for i in range(2, len(s) + 1):
            dp[i] = dp[i - 1]  # a lone 0 is counted as a letter
            if 10 <= int(s[i - 2:i]) <= 26:
                dp[i] += dp[i - 2]
        return dp[len(s)]
