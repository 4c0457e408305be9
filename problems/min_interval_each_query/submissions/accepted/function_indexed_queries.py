import heapq
from typing import List


def minInterval(intervals: List[List[int]], queries: List[int]) -> List[int]:
    ivs = sorted(intervals, key=lambda iv: iv[0])
    order = sorted((q, k) for k, q in enumerate(queries))
    ans = [-1] * len(queries)
    pq = []
    j = 0
    for q, k in order:
        while j < len(ivs) and ivs[j][0] <= q:
            heapq.heappush(pq, (ivs[j][1] - ivs[j][0] + 1, ivs[j][1]))
            j += 1
        while pq and pq[0][1] < q:
            heapq.heappop(pq)
        if pq:
            ans[k] = pq[0][0]
    return ans
