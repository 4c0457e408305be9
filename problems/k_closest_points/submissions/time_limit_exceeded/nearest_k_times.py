class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        left = list(points)
        out = []
        for _ in range(k):
            best = min(left, key=lambda p: p[0] * p[0] + p[1] * p[1])
            left.remove(best)
            out.append(best)
        return out
