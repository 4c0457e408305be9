# is_pal[i][j]: s[i..j] is a palindrome, filled from the shortest pieces up: O(n^2) time and space
class Solution:
    def longestPalindrome(self, s: str) -> str:
        n = len(s)
        is_pal = [[False] * n for _ in range(n)]
        start, length = 0, 1
        for i in range(n - 1, -1, -1):
            is_pal[i][i] = True
            for j in range(i + 1, n):
                if s[i] == s[j] and (j - i < 3 or is_pal[i + 1][j - 1]):
                    is_pal[i][j] = True
                    if j - i + 1 > length:
                        start, length = i, j - i + 1
        return s[start : start + length]
