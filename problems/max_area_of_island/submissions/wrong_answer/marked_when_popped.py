from collections import deque


class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        visited = set()
        res = 0
        for i in range(m):
            for j in range(n):
                if grid[i][j] == 1 and (i, j) not in visited:
                    q = deque([(i, j)])
                    cur = 0
                    while q:
                        x, y = q.popleft()
                        visited.add((x, y))
                        cur += 1
                        for a, b in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                            if 0 <= a < m and 0 <= b < n and grid[a][b] == 1 and (a, b) not in visited:
                                q.append((a, b))
                    res = max(res, cur)
        return res
