class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        m, n = len(rooms), len(rooms[0])

        # from each gate, walk on wherever the walk is shorter than what a room holds
        def dfs(i, j, d):
            for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= x < m and 0 <= y < n and rooms[x][y] > d + 1:
                    rooms[x][y] = d + 1
                    dfs(x, y, d + 1)

        for i in range(m):
            for j in range(n):
                if rooms[i][j] == 0:
                    dfs(i, j, 0)
