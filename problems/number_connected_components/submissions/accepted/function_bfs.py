from collections import defaultdict, deque


def countComponents(n, edges):
    graph = defaultdict(list)
    for u, v in edges:
        graph[u].append(v)
        graph[v].append(u)
    visited = set()
    count = 0
    for node in range(n):
        if node in visited:
            continue
        count += 1
        visited.add(node)
        q = deque([node])
        while q:
            cur = q.popleft()
            for nei in graph[cur]:
                if nei not in visited:
                    visited.add(nei)
                    q.append(nei)
    return count
