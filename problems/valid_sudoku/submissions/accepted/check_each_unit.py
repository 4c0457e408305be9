class Solution:
    def isValidSudoku(self, board: List[List[str]]) -> bool:
        def ok(cells):
            digits = [x for x in cells if x != "."]
            return len(digits) == len(set(digits))

        for i in range(9):
            if not ok(board[i]):
                return False
            if not ok([board[r][i] for r in range(9)]):
                return False
        for top in range(0, 9, 3):
            for left in range(0, 9, 3):
                box = [board[r][c] for r in range(top, top + 3) for c in range(left, left + 3)]
                if not ok(box):
                    return False
        return True
