class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        graph = defaultdict(set)
        for a, b in edges:
            graph[a].add(b)
            graph[b].add(a)
        # peel off leaves until only the cycle is left
        degree = {u: len(vs) for u, vs in graph.items()}
        leaves = [u for u, d in degree.items() if d == 1]
        while leaves:
            u = leaves.pop()
            for v in graph[u]:
                degree[v] -= 1
                if degree[v] == 1:
                    leaves.append(v)
            degree[u] = 0
        for a, b in edges:  # returns the cycle edge listed FIRST
            if degree[a] > 1 and degree[b] > 1:
                return [a, b]
        return []
