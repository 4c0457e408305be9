class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        n = len(points)
        if n == 1:
            return 0
        total = 0
        linked = set()
        for i in range(n):
            best, bj = float("inf"), -1
            for j in range(n):
                if i != j:
                    d = abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1])
                    if d < best:
                        best, bj = d, j
            edge = (min(i, bj), max(i, bj))
            if edge not in linked:
                linked.add(edge)
                total += best
        return total
