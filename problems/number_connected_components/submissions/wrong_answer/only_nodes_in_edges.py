from collections import defaultdict


class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        adj = defaultdict(list)
        for a, b in edges:
            adj[a].append(b)
            adj[b].append(a)
        visited = set()
        count = 0
        for node in adj:
            if node in visited:
                continue
            count += 1
            stack = [node]
            visited.add(node)
            while stack:
                cur = stack.pop()
                for nxt in adj[cur]:
                    if nxt not in visited:
                        visited.add(nxt)
                        stack.append(nxt)
        return count
