from bisect import bisect_left, bisect_right


def searchMatrix(matrix, target):
    # the last row starting at or below target is the only one that can hold it
    r = bisect_right(matrix, target, key=lambda row: row[0]) - 1
    if r < 0:
        return False
    row = matrix[r]
    i = bisect_left(row, target)
    return i < len(row) and row[i] == target
