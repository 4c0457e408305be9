class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        # walk, always to the lowest unvisited neighbour, and report the highest cell met
        n = len(grid)
        r = c = 0
        seen = {(0, 0)}
        best = grid[0][0]
        path = [(0, 0)]
        while (r, c) != (n - 1, n - 1):
            options = [
                (grid[a][b], a, b)
                for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
                if 0 <= a < n and 0 <= b < n and (a, b) not in seen
            ]
            if not options:
                path.pop()
                r, c = path[-1]
                continue
            h, r, c = min(options)
            seen.add((r, c))
            path.append((r, c))
            best = max(best, h)
        return best
