# drops the edges one at a time from the back and checks with a BFS that the rest still reaches every node: O(n^2), accepted for n <= 1000
def findRedundantConnection(edges):
    n = len(edges)
    graph = [[] for _ in range(n + 1)]
    for i, (a, b) in enumerate(edges):
        graph[a].append((b, i))
        graph[b].append((a, i))

    def connected_without(skip):
        seen = [False] * (n + 1)
        seen[1] = True
        queue = deque([1])
        reached = 1
        while queue:
            u = queue.popleft()
            for v, i in graph[u]:
                if i != skip and not seen[v]:
                    seen[v] = True
                    reached += 1
                    queue.append(v)
        return reached == n

    for i in range(n - 1, -1, -1):
        if connected_without(i):
            return edges[i]
    return []
