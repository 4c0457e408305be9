class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        # Read row by row, the cells form one non-decreasing list of rows * cols
        # values: binary search it, turning a position into (row, column).
        cols = len(matrix[0])
        lo, hi = 0, len(matrix) * cols - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            value = matrix[mid // cols][mid % cols]
            if value == target:
                return True
            if value < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return False
