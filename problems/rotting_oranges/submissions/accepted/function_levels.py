def orangesRotting(grid):
    R, C = len(grid), len(grid[0])
    rotten = {(r, c) for r in range(R) for c in range(C) if grid[r][c] == 2}
    fresh = {(r, c) for r in range(R) for c in range(C) if grid[r][c] == 1}
    t = 0
    while fresh:
        new = {(r + dr, c + dc) for r, c in rotten
               for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))} & fresh
        if not new:
            return -1
        fresh -= new
        rotten = new
        t += 1
    return t
