# cells sorted by value, then one DP pass from the largest down: O(mn log mn), the sort's log factor is not measurable
class Solution:
    def longestIncreasingPath(self, matrix):
        m, n = len(matrix), len(matrix[0])
        best = [[1] * n for _ in range(m)]
        cells = sorted(((matrix[i][j], i, j) for i in range(m) for j in range(n)), reverse=True)
        for v, i, j in cells:
            for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= x < m and 0 <= y < n and matrix[x][y] > v:
                    best[i][j] = max(best[i][j], best[x][y] + 1)
        return max(max(row) for row in best)
