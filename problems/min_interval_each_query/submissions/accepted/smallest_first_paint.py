# Intervals from the smallest: each one answers the sorted queries it covers that no
# smaller interval answered; a "next unanswered" pointer array skips answered ones.
class Solution:
    def minInterval(self, intervals, queries):
        points = sorted(set(queries))
        size_at = [-1] * len(points)
        nxt = list(range(len(points) + 1))

        def find(k):
            while nxt[k] != k:
                nxt[k] = nxt[nxt[k]]
                k = nxt[k]
            return k

        for left, right in sorted(intervals, key=lambda iv: iv[1] - iv[0]):
            k = find(bisect.bisect_left(points, left))
            while k < len(points) and points[k] <= right:
                size_at[k] = right - left + 1
                nxt[k] = k + 1
                k = find(k + 1)
        where = {p: k for k, p in enumerate(points)}
        return [size_at[where[q]] for q in queries]
