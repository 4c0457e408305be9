class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        trie = {}
        for w in words:
            node = trie
            for ch in w:
                node = node.setdefault(ch, {})
            node["$"] = w
        m, n = len(board), len(board[0])
        found = set()

        def dfs(i, j, node):
            node = node[board[i][j]]
            if "$" in node:
                found.add(node["$"])
            for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= x < m and 0 <= y < n and board[x][y] in node:
                    dfs(x, y, node)

        for i in range(m):
            for j in range(n):
                if board[i][j] in trie:
                    dfs(i, j, trie)
        return list(found)
