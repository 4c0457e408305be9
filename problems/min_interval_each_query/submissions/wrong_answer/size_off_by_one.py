def minInterval(intervals, queries):
    intervals = sorted(intervals)
    heap = []
    ans = {}
    i = 0
    for q in sorted(set(queries)):
        while i < len(intervals) and intervals[i][0] <= q:
            l, r = intervals[i]
            heapq.heappush(heap, (r - l, r))  # the size is r - l + 1
            i += 1
        while heap and heap[0][1] < q:
            heapq.heappop(heap)
        ans[q] = heap[0][0] if heap else -1
    return [ans[q] for q in queries]
