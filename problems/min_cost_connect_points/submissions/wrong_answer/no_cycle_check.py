def minCostConnectPoints(points):
    n = len(points)
    edges = []
    for i in range(n):
        for j in range(i + 1, n):
            d = abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1])
            edges.append((d, i, j))
    edges.sort()
    # the n - 1 cheapest links, as if they always formed a tree
    return sum(d for d, _, _ in edges[: n - 1])
