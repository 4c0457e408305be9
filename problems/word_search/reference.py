class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        rows, cols = len(board), len(board[0])
        have = Counter(ch for row in board for ch in row)
        need = Counter(word)
        if any(have[ch] < k for ch, k in need.items()):
            return False
        # start from the rarer end: fewer starting cells, earlier dead ends
        if have[word[0]] > have[word[-1]]:
            word = word[::-1]

        def dfs(r, c, k):
            if board[r][c] != word[k]:
                return False
            if k == len(word) - 1:
                return True
            board[r][c] = "#"
            found = False
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and dfs(nr, nc, k + 1):
                    found = True
                    break
            board[r][c] = word[k]
            return found

        return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
