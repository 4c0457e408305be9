class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        n = len(grid)

        def reachable(t):
            seen = [[False] * n for _ in range(n)]
            seen[0][0] = True
            stack = [(0, 0)]
            while stack:
                r, c = stack.pop()
                if r == n - 1 and c == n - 1:
                    return True
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < n and 0 <= nc < n and not seen[nr][nc] and grid[nr][nc] <= t:
                        seen[nr][nc] = True
                        stack.append((nr, nc))
            return False

        t = max(grid[0][0], grid[n - 1][n - 1])
        while not reachable(t):  # one more unit of water, one more flood fill
            t += 1
        return t
