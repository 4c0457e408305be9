def rotate(matrix):
    n = len(matrix)
    for layer in range(n // 2):
        first, last = layer, n - 1 - layer
        for i in range(first, last):
            off = i - first
            top = matrix[first][i]
            matrix[first][i] = matrix[last - off][first]       # left -> top
            matrix[last - off][first] = matrix[last][last - off]  # bottom -> left
            matrix[last][last - off] = matrix[i][last]         # right -> bottom
            matrix[i][last] = top                              # top -> right
