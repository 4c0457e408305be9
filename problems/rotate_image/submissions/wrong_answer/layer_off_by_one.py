class Solution:
    def rotate(self, matrix):
        n = len(matrix)
        for l in range(n // 2):
            r = n - 1 - l
            for i in range(l, r + 1):
                k = i - l
                tmp = matrix[l][i]
                matrix[l][i] = matrix[r - k][l]
                matrix[r - k][l] = matrix[r][r - k]
                matrix[r][r - k] = matrix[i][r]
                matrix[i][r] = tmp
