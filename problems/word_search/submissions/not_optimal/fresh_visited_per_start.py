# backtracking with a new visited grid for every start cell: O(cells^2)
class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])
        have = Counter(ch for row in board for ch in row)
        if any(have[ch] < k for ch, k in Counter(word).items()):
            return False

        def dfs(i, j, k, visited):
            if k == len(word):
                return True
            if i < 0 or j < 0 or i >= m or j >= n or visited[i][j] or board[i][j] != word[k]:
                return False
            visited[i][j] = True
            if any(dfs(x, y, k + 1, visited) for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1))):
                return True
            visited[i][j] = False
            return False

        for i in range(m):
            for j in range(n):
                visited = [[False for _ in range(n)] for _ in range(m)]  # a whole new grid for every start
                if dfs(i, j, 0, visited):
                    return True
        return False
