from collections import deque


class Solution:
    def solve(self, board: List[List[str]]) -> None:
        m, n = len(board), len(board[0])
        safe = set()
        q = deque((i, j) for i in range(m) for j in range(n) if (i in (0, m - 1) or j in (0, n - 1)) and board[i][j] == "O")
        safe.update(q)
        while q:
            i, j = q.popleft()
            for di in (-1, 0, 1):
                for dj in (-1, 0, 1):
                    x, y = i + di, j + dj
                    if 0 <= x < m and 0 <= y < n and board[x][y] == "O" and (x, y) not in safe:
                        safe.add((x, y))
                        q.append((x, y))
        for i in range(m):
            for j in range(n):
                if board[i][j] == "O" and (i, j) not in safe:
                    board[i][j] = "X"
