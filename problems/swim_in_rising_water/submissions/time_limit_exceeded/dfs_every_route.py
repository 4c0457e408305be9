class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        n = len(grid)
        best = [n * n]
        seen = set()

        def dfs(r, c, high):
            high = max(high, grid[r][c])
            if high >= best[0]:
                return
            if r == n - 1 and c == n - 1:
                best[0] = high
                return
            seen.add((r, c))
            for nr, nc in ((r, c + 1), (r + 1, c), (r, c - 1), (r - 1, c)):
                if 0 <= nr < n and 0 <= nc < n and (nr, nc) not in seen:
                    dfs(nr, nc, high)
            seen.discard((r, c))

        dfs(0, 0, 0)
        return best[0]
