class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        m, n = len(matrix), len(matrix[0])
        # from the smallest cell, always step to the smallest larger neighbour
        i, j = min(((i, j) for i in range(m) for j in range(n)), key=lambda p: matrix[p[0]][p[1]])
        length = 1
        while True:
            nxt = [
                (matrix[x][y], x, y)
                for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1))
                if 0 <= x < m and 0 <= y < n and matrix[x][y] > matrix[i][j]
            ]
            if not nxt:
                return length
            _, i, j = min(nxt)
            length += 1
