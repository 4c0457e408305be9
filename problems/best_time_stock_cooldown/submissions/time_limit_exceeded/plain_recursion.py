class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        def go(i, holding):
            if i >= len(prices):
                return 0
            if holding:
                return max(go(i + 1, True), go(i + 2, False) + prices[i])
            return max(go(i + 1, False), go(i + 1, True) - prices[i])

        return go(0, False)
