import heapq
from typing import List


class KthLargest:
    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.top = heapq.nlargest(k, nums)
        heapq.heapify(self.top)

    def add(self, val: int) -> int:
        if len(self.top) < self.k:
            heapq.heappush(self.top, val)
        else:
            heapq.heappushpop(self.top, val)
        return self.top[0]
