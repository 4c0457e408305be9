# greedy: ride each run of rises to its peak, sell there, rest a day, repeat
def maxProfit(prices):
    profit = 0
    i, n = 0, len(prices)
    while i < n - 1:
        if prices[i + 1] > prices[i]:
            start = i
            while i < n - 1 and prices[i + 1] > prices[i]:
                i += 1
            profit += prices[i] - prices[start]
            i += 2
        else:
            i += 1
    return profit
