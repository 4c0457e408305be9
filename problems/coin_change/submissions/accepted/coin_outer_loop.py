class Solution:
    def coinChange(self, coins, amount):
        dp = [float("inf")] * (amount + 1)
        dp[0] = 0
        for coin in coins:
            for x in range(coin, amount + 1):
                if dp[x - coin] + 1 < dp[x]:
                    dp[x] = dp[x - coin] + 1
        return -1 if dp[amount] == float("inf") else dp[amount]
