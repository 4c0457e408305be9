def maxProfit(prices):
    best = 0
    for a, b in zip(prices, prices[1:]):
        best = max(best, b - a)
    return best
