class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        # start at the top-right corner: left if too big, down if too small
        r, c = 0, len(matrix[0]) - 1
        while r < len(matrix) and c >= 0:
            if matrix[r][c] == target:
                return True
            if matrix[r][c] > target:
                c -= 1
            else:
                r += 1
        return False
