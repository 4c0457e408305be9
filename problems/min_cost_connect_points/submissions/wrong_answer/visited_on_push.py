class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        n = len(points)
        visit = {0}
        heap = []
        for j in range(1, n):
            d = abs(points[0][0] - points[j][0]) + abs(points[0][1] - points[j][1])
            heapq.heappush(heap, (d, j))
        res = 0
        while heap:
            cost, i = heapq.heappop(heap)
            if i in visit:
                continue
            res += cost
            visit.add(i)
            for j in range(n):
                if j not in visit:
                    d = abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1])
                    visit.add(j)  # marked as soon as it is offered
                    heapq.heappush(heap, (d, j))
        return res
