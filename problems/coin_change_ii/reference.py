class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        # ways[t]: the number of ways to pay t with the coins taken so far; taking the
        # coins one value at a time counts each multiset once, whatever its order
        ways = [1] + [0] * amount
        for coin in coins:
            for total in range(coin, amount + 1):
                ways[total] += ways[total - coin]
        return ways[amount]
