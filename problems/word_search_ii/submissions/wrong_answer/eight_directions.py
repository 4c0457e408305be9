class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        trie = {}
        for w in words:
            node = trie
            for ch in w:
                node = node.setdefault(ch, {})
            node["$"] = w
        m, n = len(board), len(board[0])
        res = set()

        def dfs(i, j, node):
            ch = board[i][j]
            node = node[ch]
            if "$" in node:
                res.add(node["$"])
            board[i][j] = "#"
            for di in (-1, 0, 1):
                for dj in (-1, 0, 1):
                    x, y = i + di, j + dj
                    if 0 <= x < m and 0 <= y < n and board[x][y] in node:
                        dfs(x, y, node)
            board[i][j] = ch

        for i in range(m):
            for j in range(n):
                if board[i][j] in trie:
                    dfs(i, j, trie)
        return list(res)
