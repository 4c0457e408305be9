class TrieNode:
    def __init__(self):
        self.children = {}
        self.word = None


class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        root = TrieNode()
        for word in words:
            node = root
            for ch in word:
                node = node.children.setdefault(ch, TrieNode())
            node.word = word

        m, n = len(board), len(board[0])
        res = []

        def backtrack(i, j, parent):
            letter = board[i][j]
            node = parent.children[letter]
            if node.word:
                res.append(node.word)
                node.word = None
            board[i][j] = "#"
            for di, dj in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                x, y = i + di, j + dj
                if 0 <= x < m and 0 <= y < n and board[x][y] in node.children:
                    backtrack(x, y, node)
            board[i][j] = letter
            if not node.children and node.word is None:
                parent.children.pop(letter)

        for i in range(m):
            for j in range(n):
                if board[i][j] in root.children:
                    backtrack(i, j, root)
        return res
