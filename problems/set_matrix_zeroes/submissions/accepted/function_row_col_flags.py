def setZeroes(matrix):
    m, n = len(matrix), len(matrix[0])
    rows = [False] * m
    cols = [False] * n
    for i in range(m):
        for j in range(n):
            if matrix[i][j] == 0:
                rows[i] = cols[j] = True
    for i in range(m):
        if rows[i]:
            matrix[i] = [0] * n
        else:
            for j in range(n):
                if cols[j]:
                    matrix[i][j] = 0
