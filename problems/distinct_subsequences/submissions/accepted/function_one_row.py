def numDistinct(s, t):
    dp = [0] * (len(t) + 1)
    dp[0] = 1
    for c in s:
        for j in reversed(range(len(t))):
            if t[j] == c:
                dp[j + 1] += dp[j]
    return dp[-1]
