class Solution:
    def isValidSudoku(self, board: List[List[str]]) -> bool:
        rows = [set() for _ in range(9)]
        cols = [set() for _ in range(9)]
        for r in range(9):
            for c in range(9):
                v = board[r][c]
                if v == ".":
                    continue
                if v in rows[r] or v in cols[c]:
                    return False
                rows[r].add(v)
                cols[c].add(v)
        return True
