class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        R, C = len(grid) - 1, len(grid[0]) - 1

        def dfs(r, c):
            if r < 0 or c < 0 or r > R or c > C or grid[r][c] == 0:
                return 0
            grid[r][c] = 0
            return 1 + dfs(r + 1, c) + dfs(r - 1, c) + dfs(r, c + 1) + dfs(r, c - 1)

        best = 0
        for r in range(R):
            for c in range(C):
                if grid[r][c] == 1:
                    best = max(best, dfs(r, c))
        return best
