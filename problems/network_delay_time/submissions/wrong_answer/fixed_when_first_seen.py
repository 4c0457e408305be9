class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        adj = collections.defaultdict(list)
        for u, v, w in times:
            adj[u].append((v, w))
        dist = {k: 0}
        heap = [(0, k)]
        while heap:
            d, u = heapq.heappop(heap)
            for v, w in adj[u]:
                if v not in dist:  # the first time found is taken as final
                    dist[v] = d + w
                    heapq.heappush(heap, (d + w, v))
        return max(dist.values()) if len(dist) == n else -1
