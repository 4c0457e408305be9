class Solution:
    def rotate(self, matrix):
        matrix.reverse()  # upside down, then mirror across the diagonal
        for i in range(len(matrix)):
            for j in range(i):
                matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
