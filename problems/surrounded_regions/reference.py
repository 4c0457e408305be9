class Solution:
    def solve(self, board: List[List[str]]) -> None:
        rows, cols = len(board), len(board[0])
        # every "O" on the edge, and every "O" reached from one, is safe
        stack = [(r, c) for r in range(rows) for c in (0, cols - 1)]
        stack += [(r, c) for r in (0, rows - 1) for c in range(cols)]
        safe = [[False] * cols for _ in range(rows)]
        while stack:
            r, c = stack.pop()
            if not (0 <= r < rows and 0 <= c < cols) or safe[r][c] or board[r][c] != "O":
                continue
            safe[r][c] = True
            stack.extend(((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)))
        for r in range(rows):
            for c in range(cols):
                if not safe[r][c]:
                    board[r][c] = "X"
