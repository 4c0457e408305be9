import heapq
from collections import Counter


def topKFrequent(nums, k):
    heap = []
    for num, freq in Counter(nums).items():
        heapq.heappush(heap, (-freq, num))
        if len(heap) > k:
            heapq.heappop(heap)
    return [num for _, num in heap]
