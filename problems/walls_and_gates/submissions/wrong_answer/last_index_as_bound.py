from collections import deque


class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        INF = 2147483647
        rows, cols = len(rooms) - 1, len(rooms[0]) - 1
        q = deque()
        for r in range(rows + 1):
            for c in range(cols + 1):
                if rooms[r][c] == 0:
                    q.append((r, c))
        while q:
            r, c = q.popleft()
            for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= x < rows and 0 <= y < cols and rooms[x][y] == INF:
                    rooms[x][y] = rooms[r][c] + 1
                    q.append((x, y))
