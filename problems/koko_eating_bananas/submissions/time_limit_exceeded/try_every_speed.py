class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        k = 1
        while True:
            if sum((p + k - 1) // k for p in piles) <= h:
                return k
            k += 1
