def maxProfit(prices):
    if len(prices) < 2:
        return 0
    best = prices[1] - prices[0]
    low = min(prices[0], prices[1])
    for p in prices[2:]:
        best = max(best, p - low)
        low = min(low, p)
    return best
