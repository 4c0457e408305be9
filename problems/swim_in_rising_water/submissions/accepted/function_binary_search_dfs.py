# binary search on the time with a flood fill each step, O(N log N): a log factor the
# growth check cannot see
def swimInWater(grid):
    n = len(grid)

    def can_reach(t):
        if grid[0][0] > t:
            return False
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

    lo, hi = max(grid[0][0], grid[n - 1][n - 1]), n * n - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if can_reach(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
