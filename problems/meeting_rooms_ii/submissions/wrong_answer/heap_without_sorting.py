# the heap of end times, fed in the order given instead of by start
class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        heap = []
        for start, end in intervals:
            if heap and heap[0] <= start:
                heapq.heappop(heap)
            heapq.heappush(heap, end)
        return len(heap)
