def solveNQueens(n):
    col_used = [False] * n
    up_used = [False] * (2 * n - 1)  # indexed by row + col
    down_used = [False] * (2 * n - 1)  # indexed by row - col + n - 1
    where = [0] * n
    answer = []

    def solve(row):
        if row == n:
            answer.append(["".join("Q" if c == where[r] else "." for c in range(n)) for r in range(n)])
            return
        for col in range(n):
            if col_used[col] or up_used[row + col] or down_used[row - col + n - 1]:
                continue
            where[row] = col
            col_used[col] = up_used[row + col] = down_used[row - col + n - 1] = True
            solve(row + 1)
            col_used[col] = up_used[row + col] = down_used[row - col + n - 1] = False

    solve(0)
    return answer
