class Solution:
    def spiralOrder(self, matrix):
        # walk legs of shrinking length: n right, m-1 down, n-1 left, m-2 up, ...
        steps = [len(matrix[0]), len(matrix) - 1]
        dr, dc = 0, 1
        r, c = 0, -1
        out = []
        leg = 0
        while steps[leg % 2]:
            for _ in range(steps[leg % 2]):
                r, c = r + dr, c + dc
                out.append(matrix[r][c])
            steps[leg % 2] -= 1
            dr, dc = dc, -dr
            leg += 1
        return out
