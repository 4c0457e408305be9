import heapq


class Solution:
    def findKthLargest(self, nums, k):
        heap = []
        for x in nums:
            heapq.heappush(heap, x)
            if len(heap) > k + 1:
                heapq.heappop(heap)
        return heap[0]
