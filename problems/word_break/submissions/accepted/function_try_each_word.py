def wordBreak(s, wordDict):
    dp = [False] * (len(s) + 1)
    dp[len(s)] = True
    for i in range(len(s) - 1, -1, -1):
        for w in wordDict:
            if s.startswith(w, i) and dp[i + len(w)]:
                dp[i] = True
                break
    return dp[0]
