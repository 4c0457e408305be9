# a graph search between the endpoints before adding each edge: O(n^2), accepted for n <= 1000
class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        graph = defaultdict(list)

        def connected(a, b):
            seen = {a}
            stack = [a]
            while stack:
                u = stack.pop()
                if u == b:
                    return True
                for v in graph[u]:
                    if v not in seen:
                        seen.add(v)
                        stack.append(v)
            return False

        for a, b in edges:
            if a in graph and b in graph and connected(a, b):
                return [a, b]
            graph[a].append(b)
            graph[b].append(a)
        return []
