class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        adj = collections.defaultdict(list)
        for u, v, w in times:
            adj[u].append((v, w))
        best = {}
        on_path = set()

        def dfs(u, t):
            if u not in best or t < best[u]:
                best[u] = t
            on_path.add(u)
            for v, w in adj[u]:
                if v not in on_path:
                    dfs(v, t + w)
            on_path.discard(u)

        dfs(k, 0)
        return max(best.values()) if len(best) == n else -1
