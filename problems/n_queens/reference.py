class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        boards = []
        queens = []  # queens[r]: the column of the queen in row r
        cols, rising, falling = set(), set(), set()

        def place(row):
            if row == n:
                boards.append(["." * c + "Q" + "." * (n - 1 - c) for c in queens])
                return
            for c in range(n):
                if c in cols or row + c in rising or row - c in falling:
                    continue
                queens.append(c)
                cols.add(c)
                rising.add(row + c)
                falling.add(row - c)
                place(row + 1)
                queens.pop()
                cols.remove(c)
                rising.remove(row + c)
                falling.remove(row - c)

        place(0)
        return boards
