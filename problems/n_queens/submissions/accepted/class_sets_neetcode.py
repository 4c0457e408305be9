class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        usedCols = set()
        usedSums = set()  # r + c
        usedDiffs = set()  # r - c

        res = []
        board = [["."] * n for _ in range(n)]

        def backtrack(r):
            if r == n:
                res.append(["".join(row) for row in board])
                return

            for c in range(n):
                if c in usedCols or (r + c) in usedSums or (r - c) in usedDiffs:
                    continue

                usedCols.add(c)
                usedSums.add(r + c)
                usedDiffs.add(r - c)
                board[r][c] = "Q"

                backtrack(r + 1)

                usedCols.remove(c)
                usedSums.remove(r + c)
                usedDiffs.remove(r - c)
                board[r][c] = "."

        backtrack(0)
        return res
