class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        # last row / last column index
        R, C = len(grid) - 1, len(grid[0]) - 1

        def dfs(r, c):
            if r < 0 or c < 0 or r >= R or c >= C or grid[r][c] == "0":
                return
            grid[r][c] = "0"
            dfs(r - 1, c)
            dfs(r + 1, c)
            dfs(r, c - 1)
            dfs(r, c + 1)

        islands = 0
        for r in range(R):
            for c in range(C):
                if grid[r][c] == "1":
                    dfs(r, c)
                    islands += 1
        return islands
