class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # the best profit so far, ending the day: holding a share, having just sold one
        # (so tomorrow is a cooldown), or holding nothing and free to buy
        holding, sold, free = -prices[0], 0, 0
        for price in prices[1:]:
            holding, sold, free = max(holding, free - price), holding + price, max(free, sold)
        return max(sold, free)
