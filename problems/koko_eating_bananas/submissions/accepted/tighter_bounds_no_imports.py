class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        lo = max(1, -(-sum(piles) // h))   # she must eat at least the average
        hi = max(piles)
        while lo < hi:
            mid = lo + (hi - lo) // 2
            if sum(-(-p // mid) for p in piles) > h:
                lo = mid + 1
            else:
                hi = mid
        return lo
