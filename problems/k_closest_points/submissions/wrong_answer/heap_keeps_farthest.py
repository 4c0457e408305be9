import heapq


class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        heap = []
        for x, y in points:
            heapq.heappush(heap, (x * x + y * y, x, y))  # a min-heap: popping drops the nearest
            if len(heap) > k:
                heapq.heappop(heap)
        return [[x, y] for _, x, y in heap]
