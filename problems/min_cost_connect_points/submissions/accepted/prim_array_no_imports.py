class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        n = len(points)
        INF = float("inf")
        dist = [INF] * n
        used = [False] * n
        dist[0] = 0
        res = 0
        for _ in range(n):
            u = -1
            for v in range(n):
                if not used[v] and (u == -1 or dist[v] < dist[u]):
                    u = v
            used[u] = True
            res += dist[u]
            x, y = points[u]
            for v in range(n):
                if not used[v]:
                    d = abs(points[v][0] - x) + abs(points[v][1] - y)
                    if d < dist[v]:
                        dist[v] = d
        return res
