class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        cols, diag = set(), set()
        res = []
        board = [["."] * n for _ in range(n)]

        def dfs(r):
            if r == n:
                res.append(["".join(row) for row in board])
                return
            for c in range(n):
                if c in cols or r - c in diag:  # the r + c diagonal is never checked
                    continue
                cols.add(c)
                diag.add(r - c)
                board[r][c] = "Q"
                dfs(r + 1)
                board[r][c] = "."
                cols.remove(c)
                diag.remove(r - c)

        dfs(0)
        return res
