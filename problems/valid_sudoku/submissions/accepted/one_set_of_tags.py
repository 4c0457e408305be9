def isValidSudoku(board):
    seen = set()
    for i in range(9):
        for j in range(9):
            v = board[i][j]
            if v == ".":
                continue
            tags = (v + " in row " + str(i), v + " in col " + str(j), v + " in box " + str(i // 3) + str(j // 3))
            for tag in tags:
                if tag in seen:
                    return False
                seen.add(tag)
    return True
