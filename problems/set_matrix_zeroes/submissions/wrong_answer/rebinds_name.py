class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        rows = {i for i, row in enumerate(matrix) if 0 in row}
        cols = {j for row in matrix for j, v in enumerate(row) if v == 0}
        matrix = [
            [0 if i in rows or j in cols else v for j, v in enumerate(row)]
            for i, row in enumerate(matrix)
        ]
