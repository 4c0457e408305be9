class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        m, n = len(matrix), len(matrix[0])
        ans = 0
        for si in range(m):
            for sj in range(n):
                memo = {}  # a fresh memo for every start cell: each start rewalks what it reaches

                def walk(i, j):
                    if (i, j) in memo:
                        return memo[(i, j)]
                    best = 1
                    for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= x < m and 0 <= y < n and matrix[x][y] > matrix[i][j]:
                            best = max(best, 1 + walk(x, y))
                    memo[(i, j)] = best
                    return best

                ans = max(ans, walk(si, sj))
        return ans
