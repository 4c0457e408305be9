class Solution:
    def solve(self, board: List[List[str]]) -> None:
        m, n = len(board), len(board[0])
        for i in range(1, m - 1):
            for j in range(1, n - 1):
                if board[i][j] == "O":
                    board[i][j] = "X"
