class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])
        have = Counter(ch for row in board for ch in row)
        if any(have[ch] < k for ch, k in Counter(word).items()):
            return False

        def dfs(i, j, k):
            if k == len(word) - 1:
                return True  # reached the last letter's cell without comparing it
            if board[i][j] != word[k]:
                return False
            board[i][j] = "#"
            for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= x < m and 0 <= y < n and dfs(x, y, k + 1):
                    board[i][j] = word[k]
                    return True
            board[i][j] = word[k]
            return False

        return any(dfs(i, j, 0) for i in range(m) for j in range(n))
