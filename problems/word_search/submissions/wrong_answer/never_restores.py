def exist(board, word):
    m, n = len(board), len(board[0])

    def dfs(i, j, k):
        if k == len(word):
            return True
        if not (0 <= i < m and 0 <= j < n) or board[i][j] != word[k]:
            return False
        board[i][j] = "#"  # marked, and left marked after a dead end
        return (dfs(i + 1, j, k + 1) or dfs(i - 1, j, k + 1)
                or dfs(i, j + 1, k + 1) or dfs(i, j - 1, k + 1))

    for i in range(m):
        for j in range(n):
            if dfs(i, j, 0):
                return True
    return False
