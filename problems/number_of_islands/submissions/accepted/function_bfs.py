from collections import deque


def numIslands(grid):
    rows, cols = len(grid), len(grid[0])
    visited = set()
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "0" or (r, c) in visited:
                continue
            islands += 1
            visited.add((r, c))
            q = deque([(r, c)])
            while q:
                x, y = q.popleft()
                for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                    nx, ny = x + dx, y + dy
                    if 0 <= nx < rows and 0 <= ny < cols and grid[nx][ny] == "1" and (nx, ny) not in visited:
                        visited.add((nx, ny))
                        q.append((nx, ny))
    return islands
