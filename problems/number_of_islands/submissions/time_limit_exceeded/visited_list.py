class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        visited = []
        count = 0
        for i in range(len(grid)):
            for j in range(len(grid[0])):
                if grid[i][j] == "1" and [i, j] not in visited:
                    count += 1
                    stack = [[i, j]]
                    visited.append([i, j])
                    while stack:
                        x, y = stack.pop()
                        for a, b in [[x + 1, y], [x - 1, y], [x, y + 1], [x, y - 1]]:
                            if 0 <= a < len(grid) and 0 <= b < len(grid[0]) and grid[a][b] == "1":
                                if [a, b] not in visited:
                                    visited.append([a, b])
                                    stack.append([a, b])
        return count
