def findCheapestPrice(n, flights, src, dst, k):
    adj = [[] for _ in range(n)]
    for a, b, p in flights:
        adj[a].append((b, p))
    best = [float("inf")] * n
    best[src] = 0
    frontier = [(src, 0)]
    for _ in range(k + 1):
        nxt = []
        for u, cost in frontier:
            for v, p in adj[u]:
                if cost + p < best[v]:
                    best[v] = cost + p
                    nxt.append((v, cost + p))
        frontier = nxt
    return best[dst] if best[dst] != float("inf") else -1
