def orangesRotting(grid):
    m, n = len(grid), len(grid[0])
    minutes = 0
    while True:
        changed = False
        for i in range(m):
            for j in range(n):
                if grid[i][j] == 1 and any(
                    0 <= x < m and 0 <= y < n and grid[x][y] == 2
                    for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1))
                ):
                    grid[i][j] = 2  # rots now, and spreads again in this same minute
                    changed = True
        if not changed:
            break
        minutes += 1
    return -1 if any(1 in row for row in grid) else minutes
