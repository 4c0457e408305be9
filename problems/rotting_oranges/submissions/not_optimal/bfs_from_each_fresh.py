# a separate BFS from every fresh orange to the nearest rotten one: O(cells^2)
from collections import deque


def orangesRotting(grid):
    rows, cols = len(grid), len(grid[0])

    def minutes_until_rotten(start):
        seen = {start}
        queue = deque([(start, 0)])
        while queue:
            (r, c), d = queue.popleft()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen:
                    if grid[nr][nc] == 2:
                        return d + 1
                    if grid[nr][nc] == 1:
                        seen.add((nr, nc))
                        queue.append(((nr, nc), d + 1))
        return -1

    worst = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1:
                t = minutes_until_rotten((r, c))
                if t == -1:
                    return -1
                worst = max(worst, t)
    return worst
