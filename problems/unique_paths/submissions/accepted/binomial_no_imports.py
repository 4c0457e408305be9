class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        return comb(m + n - 2, min(m, n) - 1)
