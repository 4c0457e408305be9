import math


class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        return math.ceil(sum(piles) / h)
