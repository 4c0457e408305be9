from collections import defaultdict


class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        if not edges:
            return False
        if len(edges) != n - 1:
            return False
        adj = defaultdict(list)
        for a, b in edges:
            adj[a].append(b)
            adj[b].append(a)
        seen = set()

        def dfs(node):
            seen.add(node)
            for nxt in adj[node]:
                if nxt not in seen:
                    dfs(nxt)

        dfs(0)
        return len(seen) == n
