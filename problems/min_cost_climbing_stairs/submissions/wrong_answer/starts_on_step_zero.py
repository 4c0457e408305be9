class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        # forgets that step 1 is a free start as well
        dp = [0] * (len(cost) + 1)
        dp[1] = cost[0]
        for i in range(2, len(cost) + 1):
            dp[i] = min(dp[i - 1] + cost[i - 1], dp[i - 2] + cost[i - 2])
        return dp[-1]
