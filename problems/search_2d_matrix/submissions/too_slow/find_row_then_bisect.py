import bisect


def searchMatrix(matrix, target):
    for row in matrix:
        if row[0] <= target <= row[-1]:
            i = bisect.bisect_left(row, target)
            return row[i] == target
    return False
