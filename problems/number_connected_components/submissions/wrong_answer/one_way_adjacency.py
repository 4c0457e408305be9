class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        graph = {i: [] for i in range(n)}
        for a, b in edges:
            graph[a].append(b)
        seen = set()

        def dfs(node):
            seen.add(node)
            for nxt in graph[node]:
                if nxt not in seen:
                    dfs(nxt)

        res = 0
        for i in range(n):
            if i not in seen:
                dfs(i)
                res += 1
        return res
