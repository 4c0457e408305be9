class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        out = [[] for _ in range(n + 1)]
        for u, v, w in times:
            out[u].append((v, w))
        arrived = [False] * (n + 1)
        heap = [(0, k)]
        reached = latest = 0
        while heap:
            t, u = heapq.heappop(heap)
            if arrived[u]:
                continue  # a later, slower copy of u: its time was fixed already
            arrived[u] = True
            reached += 1
            latest = t  # times come off the heap in increasing order
            for v, w in out[u]:
                if not arrived[v]:
                    heapq.heappush(heap, (t + w, v))
        return latest if reached == n else -1
