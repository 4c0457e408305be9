import collections


class Solution:
    def wallsAndGates(self, rooms):
        empty = 2147483647
        q = collections.deque((r, c) for r, row in enumerate(rooms) for c, v in enumerate(row) if v == 0)
        while q:
            r, c = q.popleft()
            for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                nr, nc = r + dr, c + dc
                if 0 <= nr < len(rooms) and 0 <= nc < len(rooms[0]) and rooms[nr][nc] == empty:
                    rooms[nr][nc] = rooms[r][c] + 1
                    q.append((nr, nc))
