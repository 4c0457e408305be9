def networkDelayTime(times, n, k):
    INF = float("inf")
    w = [[INF] * (n + 1) for _ in range(n + 1)]
    for u, v, t in times:
        w[u][v] = t
    dist = [INF] * (n + 1)
    dist[k] = 0
    done = [False] * (n + 1)
    for _ in range(n):
        u, best = -1, INF
        for v in range(1, n + 1):
            if not done[v] and dist[v] < best:
                u, best = v, dist[v]
        if u == -1:
            return -1
        done[u] = True
        row = w[u]
        for v in range(1, n + 1):
            if best + row[v] < dist[v]:
                dist[v] = best + row[v]
    return max(dist[1:])
