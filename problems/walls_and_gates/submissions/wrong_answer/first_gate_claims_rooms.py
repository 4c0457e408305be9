from collections import deque


class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        m, n = len(rooms), len(rooms[0])
        visited = set()
        for i in range(m):
            for j in range(n):
                if rooms[i][j] != 0:
                    continue
                q = deque([(i, j, 0)])
                visited.add((i, j))
                while q:
                    r, c, d = q.popleft()
                    for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= x < m and 0 <= y < n and rooms[x][y] > 0 and (x, y) not in visited:
                            visited.add((x, y))
                            rooms[x][y] = d + 1
                            q.append((x, y, d + 1))
