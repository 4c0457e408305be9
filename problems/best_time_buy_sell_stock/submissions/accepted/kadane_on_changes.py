class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        run = best = 0
        for i in range(1, len(prices)):
            run = max(0, run + prices[i] - prices[i - 1])
            best = max(best, run)
        return best
