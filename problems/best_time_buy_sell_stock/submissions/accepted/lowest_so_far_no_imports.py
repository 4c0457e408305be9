def maxProfit(prices):
    low = float("inf")
    best = 0
    for p in prices:
        if p < low:
            low = p
        elif p - low > best:
            best = p - low
    return best
