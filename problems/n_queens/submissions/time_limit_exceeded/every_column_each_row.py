class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        res = []
        # try every column in every row, and look at the placement only once it is complete
        for cols in itertools.product(range(n), repeat=n):
            if len(set(cols)) != n:
                continue
            if len({r + c for r, c in enumerate(cols)}) != n:
                continue
            if len({r - c for r, c in enumerate(cols)}) != n:
                continue
            res.append(["." * c + "Q" + "." * (n - c - 1) for c in cols])
        return res
