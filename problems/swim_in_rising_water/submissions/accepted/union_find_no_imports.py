class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        n = len(grid)
        pos = {}
        for i in range(n):
            for j in range(n):
                pos[grid[i][j]] = (i, j)
        parent = {}

        def find(x):
            root = x
            while parent[root] != root:
                root = parent[root]
            while parent[x] != root:
                parent[x], x = root, parent[x]
            return root

        for t in range(n * n):
            i, j = pos[t]
            parent[(i, j)] = (i, j)
            for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                if (a, b) in parent:
                    ra, rb = find((a, b)), find((i, j))
                    if ra != rb:
                        parent[ra] = rb
            if (0, 0) in parent and (n - 1, n - 1) in parent and find((0, 0)) == find((n - 1, n - 1)):
                return t
        return -1
