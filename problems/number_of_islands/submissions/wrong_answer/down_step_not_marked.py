from collections import deque


class Solution:
    def numIslands(self, grid):
        rows, cols = len(grid), len(grid[0])
        seen = set()
        res = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == "1" and (r, c) not in seen:
                    res += 1
                    seen.add((r, c))
                    q = deque([(r, c)])
                    while q:
                        i, j = q.popleft()
                        if i + 1 < rows and grid[i + 1][j] == "1" and (i + 1, j) not in seen:
                            q.append((i + 1, j))
                        if i - 1 >= 0 and grid[i - 1][j] == "1" and (i - 1, j) not in seen:
                            seen.add((i - 1, j))
                            q.append((i - 1, j))
                        if j + 1 < cols and grid[i][j + 1] == "1" and (i, j + 1) not in seen:
                            seen.add((i, j + 1))
                            q.append((i, j + 1))
                        if j - 1 >= 0 and grid[i][j - 1] == "1" and (i, j - 1) not in seen:
                            seen.add((i, j - 1))
                            q.append((i, j - 1))
        return res
