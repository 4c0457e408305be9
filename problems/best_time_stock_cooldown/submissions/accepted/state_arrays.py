from typing import List


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        n = len(prices)
        # s0: free to buy, s1: holding, s2: sold today
        s0 = [0] * n
        s1 = [0] * n
        s2 = [0] * n
        s1[0] = -prices[0]
        for i in range(1, n):
            s0[i] = max(s0[i - 1], s2[i - 1])
            s1[i] = max(s1[i - 1], s0[i - 1] - prices[i])
            s2[i] = s1[i - 1] + prices[i]
        return max(s0[-1], s2[-1])
