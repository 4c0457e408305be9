class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        def dist(p):
            return p[0] * p[0] + p[1] * p[1]

        lo, hi = 0, len(points) - 1
        while lo < hi:
            # Hoare-style split around a random pivot's distance
            pivot = dist(points[random.randint(lo, hi)])
            i, j = lo, hi
            while i <= j:
                while dist(points[i]) < pivot:
                    i += 1
                while dist(points[j]) > pivot:
                    j -= 1
                if i <= j:
                    points[i], points[j] = points[j], points[i]
                    i += 1
                    j -= 1
            if k - 1 <= j:
                hi = j
            elif k - 1 >= i:
                lo = i
            else:
                break
        return points[:k]
