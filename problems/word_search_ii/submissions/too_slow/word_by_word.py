class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        m, n = len(board), len(board[0])
        starts = defaultdict(list)
        for i in range(m):
            for j in range(n):
                starts[board[i][j]].append((i, j))

        def exist(word):
            def dfs(i, j, k):
                if k == len(word):
                    return True
                if not (0 <= i < m and 0 <= j < n) or board[i][j] != word[k]:
                    return False
                board[i][j] = "#"
                ok = (dfs(i + 1, j, k + 1) or dfs(i - 1, j, k + 1)
                      or dfs(i, j + 1, k + 1) or dfs(i, j - 1, k + 1))
                board[i][j] = word[k]
                return ok

            return any(dfs(i, j, 0) for i, j in starts[word[0]])

        return [w for w in words if exist(w)]
