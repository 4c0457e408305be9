from collections import deque


class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        INF = 2147483647
        m, n = len(rooms), len(rooms[0])
        dist = [[-1 if v == -1 else (0 if v == 0 else INF) for v in row] for row in rooms]
        q = deque((i, j) for i in range(m) for j in range(n) if rooms[i][j] == 0)
        while q:
            i, j = q.popleft()
            for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= x < m and 0 <= y < n and dist[x][y] == INF:
                    dist[x][y] = dist[i][j] + 1
                    q.append((x, y))
        rooms = dist
