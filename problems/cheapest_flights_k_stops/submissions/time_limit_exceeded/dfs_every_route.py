class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        graph = defaultdict(list)
        for a, b, p in flights:
            graph[a].append((b, p))
        best = float("inf")

        def dfs(u, cost, stops):
            nonlocal best
            if u == dst:
                best = min(best, cost)
                return
            if stops > k:
                return
            for v, p in graph[u]:
                dfs(v, cost + p, stops + 1)

        dfs(src, 0, 0)
        return -1 if best == float("inf") else best
