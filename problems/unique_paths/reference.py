class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        # row[j]: routes to column j of the current row (from above or from the left)
        row = [1] * n
        for _ in range(m - 1):
            for j in range(1, n):
                row[j] += row[j - 1]
        return row[-1]
