# the inner loop runs downwards, as in 0/1 knapsack: each coin value at most once
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        dp = [1] + [0] * amount
        for c in coins:
            for a in range(amount, c - 1, -1):
                dp[a] += dp[a - c]
        return dp[amount]
