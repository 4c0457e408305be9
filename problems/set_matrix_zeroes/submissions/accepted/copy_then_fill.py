import copy


class Solution:
    def setZeroes(self, matrix):
        # O(m * n) extra space: read the zeros from a copy, write into the original
        original = copy.deepcopy(matrix)
        for i, row in enumerate(original):
            for j, v in enumerate(row):
                if v == 0:
                    for k in range(len(matrix[0])):
                        matrix[i][k] = 0
                    for k in range(len(matrix)):
                        matrix[k][j] = 0
                    break
        for j in range(len(original[0])):
            if any(original[i][j] == 0 for i in range(len(original))):
                for i in range(len(matrix)):
                    matrix[i][j] = 0
