from collections import deque


class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        INF = 2147483647
        m, n = len(rooms), len(rooms[0])

        def nearest_gate(sr, sc):
            seen = {(sr, sc)}
            q = deque([(sr, sc, 0)])
            while q:
                r, c, d = q.popleft()
                if rooms[r][c] == 0:
                    return d
                for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= x < m and 0 <= y < n and rooms[x][y] != -1 and (x, y) not in seen:
                        seen.add((x, y))
                        q.append((x, y, d + 1))
            return INF

        for i in range(m):
            for j in range(n):
                if rooms[i][j] == INF:
                    rooms[i][j] = nearest_gate(i, j)
