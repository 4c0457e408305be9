from collections import Counter


def exist(board, word):
    R, C = len(board), len(board[0])
    cnt = Counter(x for row in board for x in row)
    if Counter(word) - cnt:  # some letter is missing or too rare
        return False
    if cnt[word[0]] > cnt[word[-1]]:
        word = word[::-1]
    seen = set()

    def go(r, c, i):
        if i == len(word):
            return True
        if not (0 <= r < R and 0 <= c < C) or (r, c) in seen or board[r][c] != word[i]:
            return False
        seen.add((r, c))
        ok = any(go(r + dr, c + dc, i + 1) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)))
        seen.remove((r, c))
        return ok

    return any(go(r, c, 0) for r in range(R) for c in range(C))
