class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        INF = amount + 1  # more coins than any real answer needs
        fewest = [0] + [INF] * amount
        for value in range(1, amount + 1):
            best = INF
            for c in coins:
                if c <= value and fewest[value - c] + 1 < best:
                    best = fewest[value - c] + 1
            fewest[value] = best
        return fewest[amount] if fewest[amount] < INF else -1
