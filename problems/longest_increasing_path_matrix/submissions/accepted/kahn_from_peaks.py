from collections import deque
from typing import List


class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        m, n = len(matrix), len(matrix[0])
        dirs = [(0, 1), (1, 0), (0, -1), (-1, 0)]
        # out-degree: how many strictly larger neighbours each cell has
        out = [[0] * n for _ in range(m)]
        for i in range(m):
            for j in range(n):
                for di, dj in dirs:
                    x, y = i + di, j + dj
                    if 0 <= x < m and 0 <= y < n and matrix[x][y] > matrix[i][j]:
                        out[i][j] += 1
        q = deque((i, j) for i in range(m) for j in range(n) if out[i][j] == 0)
        levels = 0
        while q:
            levels += 1
            for _ in range(len(q)):
                i, j = q.popleft()
                for di, dj in dirs:
                    x, y = i + di, j + dj
                    if 0 <= x < m and 0 <= y < n and matrix[x][y] < matrix[i][j]:
                        out[x][y] -= 1
                        if out[x][y] == 0:
                            q.append((x, y))
        return levels
