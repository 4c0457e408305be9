class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        # flood the cells in order of height (the heights are 0..n*n-1, each once) and join
        # each new cell to its flooded neighbours; stop when both corners are in one piece
        n = len(grid)
        where = [0] * (n * n)  # where[h]: the cell of height h, as row * n + col
        for r, row in enumerate(grid):
            for c, h in enumerate(row):
                where[h] = r * n + c
        parent = list(range(n * n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        flooded = [False] * (n * n)
        for t in range(n * n):
            cell = where[t]
            flooded[cell] = True
            r, c = divmod(cell, n)
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < n and 0 <= nc < n and flooded[nr * n + nc]:
                    parent[find(nr * n + nc)] = find(cell)
            if find(0) == find(n * n - 1):
                return t  # by t = n*n - 1 at the latest, when every cell is flooded
