class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        frontier = [(i, j) for i in range(m) for j in range(n) if grid[i][j] == 2]
        fresh = sum(row.count(1) for row in grid)
        t = 0
        while frontier and fresh:
            nxt = []
            for i, j in frontier:
                for di in (-1, 0, 1):
                    for dj in (-1, 0, 1):
                        x, y = i + di, j + dj
                        if 0 <= x < m and 0 <= y < n and grid[x][y] == 1:
                            grid[x][y] = 2
                            fresh -= 1
                            nxt.append((x, y))
            frontier = nxt
            t += 1
        return t if fresh == 0 else -1
