class Solution:
    def longestPalindrome(self, s: str) -> str:
        # longest common substring of s and its reverse, without checking that the
        # match is the same piece of s read backwards
        rev = s[::-1]
        n = len(s)
        prev = [0] * (n + 1)
        best_len, best_end = 0, 0
        for i in range(1, n + 1):
            cur = [0] * (n + 1)
            for j in range(1, n + 1):
                if s[i - 1] == rev[j - 1]:
                    cur[j] = prev[j - 1] + 1
                    if cur[j] > best_len:
                        best_len, best_end = cur[j], i
            prev = cur
        return s[best_end - best_len : best_end]
