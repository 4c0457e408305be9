class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])
        have = Counter(ch for row in board for ch in row)
        if any(have[ch] < k for ch, k in Counter(word).items()):
            return False

        def dfs(i, j, k):
            if k == len(word):
                return True
            if not (0 <= i < m and 0 <= j < n) or board[i][j] != word[k]:
                return False
            return (dfs(i + 1, j, k + 1) or dfs(i - 1, j, k + 1)
                    or dfs(i, j + 1, k + 1) or dfs(i, j - 1, k + 1))

        return any(dfs(i, j, 0) for i in range(m) for j in range(n))
