def uniquePaths(m, n):
    row = [1] * n
    for _ in range(m):  # the first row is already filled in
        for j in range(1, n):
            row[j] += row[j - 1]
    return row[-1]
