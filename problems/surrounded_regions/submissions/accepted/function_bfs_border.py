from collections import deque


def solve(board):
    m, n = len(board), len(board[0])
    q = deque()
    for i in range(m):
        for j in range(n):
            if (i in (0, m - 1) or j in (0, n - 1)) and board[i][j] == "O":
                board[i][j] = "#"
                q.append((i, j))
    while q:
        i, j = q.popleft()
        for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
            if 0 <= x < m and 0 <= y < n and board[x][y] == "O":
                board[x][y] = "#"
                q.append((x, y))
    for row in board:
        for j, v in enumerate(row):
            row[j] = "O" if v == "#" else "X"
