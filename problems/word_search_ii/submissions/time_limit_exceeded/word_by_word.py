# searches the board once per word, from every cell holding the word's first letter: O(words x cells)
class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        m, n = len(board), len(board[0])
        starts = defaultdict(list)
        for i in range(m):
            for j in range(n):
                starts[board[i][j]].append((i, j))

        def exist(word):
            def dfs(i, j, k):  # board[i][j] == word[k]
                if k == len(word) - 1:
                    return True
                ch = board[i][j]
                board[i][j] = "#"
                for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if 0 <= x < m and 0 <= y < n and board[x][y] == word[k + 1] and dfs(x, y, k + 1):
                        board[i][j] = ch
                        return True
                board[i][j] = ch
                return False

            return any(dfs(i, j, 0) for i, j in starts[word[0]])

        return [w for w in words if exist(w)]
