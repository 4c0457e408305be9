class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        graph = defaultdict(list)
        for a, b, p in flights:
            graph[a].append((b, p))
        visited = set()
        heap = [(0, src, -1)]
        while heap:
            cost, u, stops = heapq.heappop(heap)
            if u == dst:
                return cost
            if u in visited or stops >= k:
                continue
            visited.add(u)
            for v, p in graph[u]:
                heapq.heappush(heap, (cost + p, v, stops + 1))
        return -1
