import bisect


def searchMatrix(matrix, target):
    firsts = [row[0] for row in matrix]
    r = bisect.bisect_left(firsts, target)  # the row starting at target or above it
    if r == len(matrix):
        r -= 1
    return target in matrix[r]
