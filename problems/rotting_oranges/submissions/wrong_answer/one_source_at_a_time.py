from collections import deque


class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        minutes = 0
        for si in range(m):
            for sj in range(n):
                if grid[si][sj] != 2:
                    continue
                # spreads from each rotten orange in turn, not all at once
                q = deque([(si, sj, 0)])
                while q:
                    i, j, t = q.popleft()
                    minutes = max(minutes, t)
                    for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= x < m and 0 <= y < n and grid[x][y] == 1:
                            grid[x][y] = 3
                            q.append((x, y, t + 1))
        for row in grid:
            if 1 in row:
                return -1
        return minutes
