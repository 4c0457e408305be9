import heapq
from typing import List


class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        # keep the k nearest seen so far; the root is the farthest of them (negated)
        kept = []
        for x, y in points:
            d = -(x * x + y * y)
            if len(kept) < k:
                heapq.heappush(kept, (d, x, y))
            elif d > kept[0][0]:
                heapq.heapreplace(kept, (d, x, y))
        return [[x, y] for _, x, y in kept]
