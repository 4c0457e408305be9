# a pruned trie search, but with a new visited grid for every start cell: O(cells^2), fast on a 12 x 12 board
class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        root = {}
        for w in words:
            node = root
            for ch in w:
                node = node.setdefault(ch, {})
            node["$"] = w
        m, n = len(board), len(board[0])
        found = []

        def dfs(i, j, parent, visited):
            ch = board[i][j]
            node = parent[ch]
            if "$" in node:
                found.append(node.pop("$"))
            visited[i][j] = True
            for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= x < m and 0 <= y < n and not visited[x][y] and board[x][y] in node:
                    dfs(x, y, node, visited)
            visited[i][j] = False
            if not node:
                parent.pop(ch)

        for i in range(m):
            for j in range(n):
                if board[i][j] in root:
                    visited = [[False] * n for _ in range(m)]
                    dfs(i, j, root, visited)
        return found
