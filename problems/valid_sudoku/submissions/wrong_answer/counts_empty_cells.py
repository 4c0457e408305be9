class Solution:
    def isValidSudoku(self, board: List[List[str]]) -> bool:
        for i in range(9):
            row = board[i]
            col = [board[r][i] for r in range(9)]
            if len(set(row)) != 9 or len(set(col)) != 9:
                return False
        for top in range(0, 9, 3):
            for left in range(0, 9, 3):
                box = {board[r][c] for r in range(top, top + 3) for c in range(left, left + 3)}
                if len(box) != 9:
                    return False
        return True
