class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        zero_rows, zero_cols = set(), set()
        for i, row in enumerate(matrix):
            for j, value in enumerate(row):
                if value == 0:
                    zero_rows.add(i)
                    zero_cols.add(j)
        for i, row in enumerate(matrix):
            for j in range(len(row)):
                if i in zero_rows or j in zero_cols:
                    row[j] = 0
