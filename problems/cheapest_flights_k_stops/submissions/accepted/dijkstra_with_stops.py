class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        graph = defaultdict(list)
        for a, b, p in flights:
            graph[a].append((b, p))
        fewest = [n + 1] * n  # fewest flights with which each city was settled so far
        heap = [(0, src, 0)]
        while heap:
            cost, u, used = heappop(heap)
            if u == dst:
                return cost
            if used >= fewest[u] or used > k:
                continue  # a cheaper visit with no more flights came first
            fewest[u] = used
            for v, p in graph[u]:
                heappush(heap, (cost + p, v, used + 1))
        return -1
