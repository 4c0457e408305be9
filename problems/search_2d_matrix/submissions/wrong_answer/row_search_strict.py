class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        top, bot = 0, len(matrix) - 1
        while top <= bot:
            row = (top + bot) // 2
            if target >= matrix[row][-1]:  # skips the row whose last value is target
                top = row + 1
            elif target < matrix[row][0]:
                bot = row - 1
            else:
                break
        if top > bot:
            return False
        row = matrix[(top + bot) // 2]
        l, r = 0, len(row) - 1
        while l <= r:
            m = (l + r) // 2
            if row[m] == target:
                return True
            if row[m] < target:
                l = m + 1
            else:
                r = m - 1
        return False
