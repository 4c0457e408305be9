from typing import List


class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        counts = [0] * (amount + 1)
        counts[0] = 1
        for coin in sorted(coins):
            if coin > amount:
                break
            for total in range(coin, amount + 1):
                counts[total] += counts[total - coin]
        return counts[amount]
