class Solution:
    def spiralOrder(self, matrix):
        m, n = len(matrix), len(matrix[0])
        dirs = [(0, 1), (1, 0), (0, -1), (-1, 0)]
        r = c = d = 0
        out = []
        for _ in range(m * n):
            out.append(matrix[r][c])
            matrix[r][c] = 0  # visited
            nr, nc = r + dirs[d][0], c + dirs[d][1]
            if not (0 <= nr < m and 0 <= nc < n) or matrix[nr][nc] == 0:
                d = (d + 1) % 4
                nr, nc = r + dirs[d][0], c + dirs[d][1]
            r, c = nr, nc
        return out
