END = "*"


def findWords(board, words):
    trie = {}
    for w in words:
        t = trie
        for ch in w:
            t = t.setdefault(ch, {})
        t[END] = w

    R, C = len(board), len(board[0])
    out = []

    def go(r, c, parent):
        ch = board[r][c]
        t = parent[ch]
        w = t.pop(END, None)
        if w is not None:
            out.append(w)
        board[r][c] = None
        for rr, cc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= rr < R and 0 <= cc < C and board[rr][cc] in t:
                go(rr, cc, t)
        board[r][c] = ch
        if not t:
            del parent[ch]

    for r in range(R):
        for c in range(C):
            if board[r][c] in trie:
                go(r, c, trie)
    return out
