class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        m, n = len(matrix), len(matrix[0])
        dp = [[1] * n for _ in range(m)]
        # fills from the bottom-right corner, as if paths only went right or down
        for i in range(m - 1, -1, -1):
            for j in range(n - 1, -1, -1):
                if i + 1 < m and matrix[i + 1][j] > matrix[i][j]:
                    dp[i][j] = max(dp[i][j], dp[i + 1][j] + 1)
                if j + 1 < n and matrix[i][j + 1] > matrix[i][j]:
                    dp[i][j] = max(dp[i][j], dp[i][j + 1] + 1)
        return max(max(row) for row in dp)
