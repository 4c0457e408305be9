class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        dp = [0] * (len(text2) + 1)
        for a in text1:
            for j in range(1, len(text2) + 1):
                if a == text2[j - 1]:
                    dp[j] = dp[j - 1] + 1  # dp[j - 1] is already this row's value
                else:
                    dp[j] = max(dp[j], dp[j - 1])
        return dp[-1]
