def partition(s):
    n = len(s)
    # pal[i][j]: s[i..j] is a palindrome, filled from shorter pieces to longer ones
    pal = [[False] * n for _ in range(n)]
    for i in range(n - 1, -1, -1):
        for j in range(i, n):
            pal[i][j] = s[i] == s[j] and (j - i < 2 or pal[i + 1][j - 1])

    result = []

    def go(i, path):
        if i == n:
            result.append(path)
            return
        for j in range(i, n):
            if pal[i][j]:
                go(j + 1, path + [s[i : j + 1]])

    go(0, [])
    return result
