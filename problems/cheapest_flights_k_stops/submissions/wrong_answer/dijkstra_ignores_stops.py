class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        graph = defaultdict(list)
        for a, b, p in flights:
            graph[a].append((b, p))
        dist = [float("inf")] * n
        dist[src] = 0
        heap = [(0, src, 0)]
        while heap:
            cost, u, stops = heapq.heappop(heap)
            if u == dst:
                return cost
            if cost > dist[u] or stops > k:
                continue
            for v, p in graph[u]:
                if cost + p < dist[v]:
                    dist[v] = cost + p
                    heapq.heappush(heap, (cost + p, v, stops + 1))
        return -1
