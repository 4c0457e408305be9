def spiralOrder(matrix):
    m, n = len(matrix), len(matrix[0])
    out = []
    for k in range(min(m, n) // 2):
        top, bottom, left, right = k, m - 1 - k, k, n - 1 - k
        out += matrix[top][left:right + 1]
        out += [matrix[r][right] for r in range(top + 1, bottom + 1)]
        out += matrix[bottom][left:right][::-1]
        out += [matrix[r][left] for r in range(bottom - 1, top, -1)]
    return out
