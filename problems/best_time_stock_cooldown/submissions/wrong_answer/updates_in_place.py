# updates the states one after another: rest reads today's sale, so a share can be
# bought again the very next day
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        hold, sold, rest = -prices[0], 0, 0
        for p in prices[1:]:
            sold = hold + p
            hold = max(hold, rest - p)
            rest = max(rest, sold)
        return max(sold, rest)
