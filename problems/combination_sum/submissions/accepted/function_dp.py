def combinationSum(candidates, target):
    # dp[t]: every combination summing to t, built one candidate at a time so each
    # multiset appears once
    dp = [[] for _ in range(target + 1)]
    dp[0] = [[]]
    for c in candidates:
        for t in range(c, target + 1):
            for combo in dp[t - c]:
                dp[t].append(combo + [c])
    return dp[target]
