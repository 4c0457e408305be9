from functools import lru_cache


def longestIncreasingPath(matrix):
    m, n = len(matrix), len(matrix[0])

    @lru_cache(maxsize=None)
    def longest(i, j):
        v = matrix[i][j]
        best = 0
        for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
            if 0 <= x < m and 0 <= y < n and matrix[x][y] > v:
                best = max(best, longest(x, y))
        return best + 1

    return max(longest(i, j) for i in range(m) for j in range(n))
