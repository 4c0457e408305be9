from itertools import accumulate
from typing import List


def maxProfit(prices: List[int]) -> int:
    return max(p - low for p, low in zip(prices, accumulate(prices, min)))
