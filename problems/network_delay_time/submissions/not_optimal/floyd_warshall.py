def networkDelayTime(times, n, k):
    INF = 10**9
    d = [[INF] * n for _ in range(n)]
    for i in range(n):
        d[i][i] = 0
    for u, v, w in times:
        d[u - 1][v - 1] = w
    for m in range(n):
        dm = d[m]
        for i in range(n):
            di = d[i]
            dim = di[m]
            if dim == INF:
                continue
            for j in range(n):
                if dim + dm[j] < di[j]:
                    di[j] = dim + dm[j]
    ans = max(d[k - 1])
    return -1 if ans == INF else ans
