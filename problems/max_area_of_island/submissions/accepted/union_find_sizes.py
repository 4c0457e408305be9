class Solution:
    def maxAreaOfIsland(self, grid):
        m, n = len(grid), len(grid[0])
        parent = list(range(m * n))
        size = [1] * (m * n)

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        def union(a, b):
            ra, rb = find(a), find(b)
            if ra == rb:
                return
            if size[ra] < size[rb]:
                ra, rb = rb, ra
            parent[rb] = ra
            size[ra] += size[rb]

        for i in range(m):
            for j in range(n):
                if grid[i][j] == 1:
                    if i + 1 < m and grid[i + 1][j] == 1:
                        union(i * n + j, (i + 1) * n + j)
                    if j + 1 < n and grid[i][j + 1] == 1:
                        union(i * n + j, i * n + j + 1)
        return max((size[i * n + j] for i in range(m) for j in range(n) if grid[i][j] == 1 and find(i * n + j) == i * n + j), default=0)
