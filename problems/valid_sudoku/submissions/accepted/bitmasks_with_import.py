from typing import List


def isValidSudoku(board: List[List[str]]) -> bool:
    rows = [0] * 9
    cols = [0] * 9
    boxes = [0] * 9
    for r, line in enumerate(board):
        for c, ch in enumerate(line):
            if ch == ".":
                continue
            bit = 1 << int(ch)
            b = (r // 3) * 3 + c // 3
            if rows[r] & bit or cols[c] & bit or boxes[b] & bit:
                return False
            rows[r] |= bit
            cols[c] |= bit
            boxes[b] |= bit
    return True
