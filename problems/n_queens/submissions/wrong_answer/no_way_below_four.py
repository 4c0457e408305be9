def solveNQueens(n):
    if n < 4:
        return []  # forgets that a single queen on a 1 by 1 board is a way
    res = []
    queens = []

    def ok(r, c):
        return all(qc != c and abs(qc - c) != r - qr for qr, qc in enumerate(queens))

    def place(r):
        if r == n:
            res.append(["." * c + "Q" + "." * (n - c - 1) for c in queens])
            return
        for c in range(n):
            if ok(r, c):
                queens.append(c)
                place(r + 1)
                queens.pop()

    place(0)
    return res
