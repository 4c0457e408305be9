class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        ROWS, COLS = len(matrix), len(matrix[0])
        dp = {}  # (r, c) -> longest increasing path starting there

        def dfs(r, c, prevVal):
            if r < 0 or r == ROWS or c < 0 or c == COLS or matrix[r][c] <= prevVal:
                return 0
            if (r, c) in dp:
                return dp[(r, c)]
            best = 1
            best = max(best, 1 + dfs(r + 1, c, matrix[r][c]))
            best = max(best, 1 + dfs(r - 1, c, matrix[r][c]))
            best = max(best, 1 + dfs(r, c + 1, matrix[r][c]))
            best = max(best, 1 + dfs(r, c - 1, matrix[r][c]))
            dp[(r, c)] = best
            return best

        for r in range(ROWS):
            for c in range(COLS):
                dfs(r, c, -1)
        return max(dp.values())
