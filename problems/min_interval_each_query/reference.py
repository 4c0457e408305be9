class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        # Queries from the smallest up: every interval starting at or before the query
        # joins a heap keyed by size; intervals ending before the query leave it lazily.
        intervals = sorted(intervals)
        answer = [-1] * len(queries)
        heap = []  # (size, right end)
        i = 0
        for q in sorted(range(len(queries)), key=queries.__getitem__):
            point = queries[q]
            while i < len(intervals) and intervals[i][0] <= point:
                left, right = intervals[i]
                heapq.heappush(heap, (right - left + 1, right))
                i += 1
            while heap and heap[0][1] < point:
                heapq.heappop(heap)
            if heap:
                answer[q] = heap[0][0]
        return answer
