class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        adj = collections.defaultdict(list)
        for u, v, w in times:
            adj[u].append((v, w))
            adj[v].append((u, w))
        heap = [(0, k)]
        seen = set()
        t = 0
        while heap:
            d, u = heapq.heappop(heap)
            if u in seen:
                continue
            seen.add(u)
            t = d
            for v, w in adj[u]:
                if v not in seen:
                    heapq.heappush(heap, (d + w, v))
        return t if len(seen) == n else -1
