class Solution:
    def solve(self, board: List[List[str]]) -> None:
        m, n = len(board), len(board[0])

        def reaches_edge(i, j):
            seen = {(i, j)}
            stack = [(i, j)]
            while stack:
                x, y = stack.pop()
                if x == 0 or y == 0 or x == m - 1 or y == n - 1:
                    return True
                for a, b in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                    if board[a][b] == "O" and (a, b) not in seen:
                        seen.add((a, b))
                        stack.append((a, b))
            return False

        captured = [(i, j) for i in range(m) for j in range(n) if board[i][j] == "O" and not reaches_edge(i, j)]
        for i, j in captured:
            board[i][j] = "X"
