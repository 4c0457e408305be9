class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        if len(edges) != n - 1:
            return False
        # n - 1 edges: the graph is a tree exactly when it is connected
        neighbours = [[] for _ in range(n)]
        for a, b in edges:
            neighbours[a].append(b)
            neighbours[b].append(a)
        seen = [False] * n
        seen[0] = True
        stack = [0]
        reached = 1
        while stack:
            node = stack.pop()
            for nxt in neighbours[node]:
                if not seen[nxt]:
                    seen[nxt] = True
                    reached += 1
                    stack.append(nxt)
        return reached == n
