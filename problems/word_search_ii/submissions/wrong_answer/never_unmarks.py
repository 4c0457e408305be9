def findWords(board, words):
    trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node["$"] = w
    m, n = len(board), len(board[0])
    res = set()

    def dfs(i, j, node):
        node = node[board[i][j]]
        if "$" in node:
            res.add(node["$"])
        board[i][j] = "#"  # marked as used ... and never given back
        for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
            if 0 <= x < m and 0 <= y < n and board[x][y] in node:
                dfs(x, y, node)

    for i in range(m):
        for j in range(n):
            if board[i][j] in trie:
                dfs(i, j, trie)
    return list(res)
