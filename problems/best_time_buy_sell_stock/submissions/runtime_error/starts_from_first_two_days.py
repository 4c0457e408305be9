class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        low = min(prices[0], prices[1])  # a single day has no second price
        best = max(0, prices[1] - prices[0])
        for p in prices[2:]:
            best = max(best, p - low)
            low = min(low, p)
        return best
