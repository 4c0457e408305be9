# re-scans the whole grid every minute, no queue: O(cells^2) when the rot travels a long way
class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        minutes = 0
        while True:
            # scan the whole crate every minute
            to_rot = []
            for i in range(m):
                for j in range(n):
                    if grid[i][j] == 1:
                        for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                            if 0 <= x < m and 0 <= y < n and grid[x][y] == 2:
                                to_rot.append((i, j))
                                break
            if not to_rot:
                break
            for i, j in to_rot:
                grid[i][j] = 2
            minutes += 1
        if any(1 in row for row in grid):
            return -1
        return minutes
