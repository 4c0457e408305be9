# best[j]: the best profit by day j; a sale on day j pairs with every earlier buy day: O(n^2)
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        n = len(prices)
        best = [0] * n
        for j in range(1, n):
            top = best[j - 1]
            for i in range(j):
                before = best[i - 2] if i >= 2 else 0
                if prices[j] - prices[i] + before > top:
                    top = prices[j] - prices[i] + before
            best[j] = top
        return best[-1]
