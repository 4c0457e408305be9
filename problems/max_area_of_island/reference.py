class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        seen = [[False] * cols for _ in range(rows)]
        best = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != 1 or seen[r][c]:
                    continue
                seen[r][c] = True
                stack = [(r, c)]
                area = 0
                while stack:
                    i, j = stack.pop()
                    area += 1
                    for ni, nj in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= ni < rows and 0 <= nj < cols and not seen[ni][nj] and grid[ni][nj] == 1:
                            seen[ni][nj] = True
                            stack.append((ni, nj))
                best = max(best, area)
        return best
