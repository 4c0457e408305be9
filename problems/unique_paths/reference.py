class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        # a route is m - 1 moves down and n - 1 moves right, in any order
        return comb(m + n - 2, m - 1)
