class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        dp = [float("inf")] * (amount + 1)
        dp[0] = 0
        for coin in coins:
            for x in range(amount, coin - 1, -1):  # downwards: every coin used at most once
                dp[x] = min(dp[x], dp[x - coin] + 1)
        return -1 if dp[amount] == float("inf") else dp[amount]
