class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        INF = 2147483647
        m, n = len(rooms), len(rooms[0])
        q = [(i, j) for i in range(m) for j in range(n) if rooms[i][j] == 0]
        while q:
            i, j = q.pop()
            for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= x < m and 0 <= y < n and rooms[x][y] == INF:
                    rooms[x][y] = rooms[i][j] + 1
                    q.append((x, y))
