class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])

        def area_from(r, c):
            seen = {(r, c)}
            stack = [(r, c)]
            while stack:
                x, y = stack.pop()
                for a, b in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                    if 0 <= a < rows and 0 <= b < cols and grid[a][b] == 1 and (a, b) not in seen:
                        seen.add((a, b))
                        stack.append((a, b))
            return len(seen)

        best = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == 1:
                    best = max(best, area_from(r, c))
        return best
