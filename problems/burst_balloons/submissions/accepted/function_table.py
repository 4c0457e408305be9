def maxCoins(nums):
    a = [1] + nums + [1]
    n = len(a)
    dp = [[0] * n for _ in range(n)]
    for length in range(2, n):
        for i in range(0, n - length):
            j = i + length
            best = 0
            for k in range(i + 1, j):
                v = dp[i][k] + dp[k][j] + a[i] * a[k] * a[j]
                if v > best:
                    best = v
            dp[i][j] = best
    return dp[0][n - 1]
