class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        n = len(points)
        dist = [float("inf")] * n
        used = [False] * n
        dist[0] = 0
        res = 0
        for _ in range(n):
            u = min((v for v in range(n) if not used[v]), key=lambda v: dist[v])
            used[u] = True
            res += dist[u]
            for v in range(n):
                if not used[v]:
                    d = int(math.dist(points[u], points[v]))
                    dist[v] = min(dist[v], d)
        return int(res)
