from collections import deque


def maxAreaOfIsland(grid):
    m, n = len(grid), len(grid[0])
    best = 0
    for i in range(m):
        for j in range(n):
            if grid[i][j] != 1:
                continue
            grid[i][j] = 0
            q = deque([(i, j)])
            size = 0
            while q:
                x, y = q.popleft()
                size += 1
                for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                    a, b = x + dx, y + dy
                    if 0 <= a < m and 0 <= b < n and grid[a][b] == 1:
                        grid[a][b] = 0
                        q.append((a, b))
            best = max(best, size)
    return best
