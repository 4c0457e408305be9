class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        def count(i, j):
            if j == len(t):
                return 1
            if i == len(s):
                return 0
            if s[i] == t[j]:
                return count(i + 1, j + 1) + count(i + 1, j)
            return count(i + 1, j)

        return count(0, 0)
