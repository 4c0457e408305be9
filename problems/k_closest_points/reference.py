class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        dist = [x * x + y * y for x, y in points]
        cut = self.kth_smallest(dist, k)
        # everything nearer than the k-th distance, then points at exactly that distance
        chosen = [p for p, d in zip(points, dist, strict=True) if d < cut]
        chosen += [p for p, d in zip(points, dist, strict=True) if d == cut][: k - len(chosen)]
        return chosen

    def kth_smallest(self, values, k):
        # quickselect with three-way splits: O(n) on average
        rng = random.Random(len(values))
        while True:
            pivot = values[rng.randrange(len(values))]
            below = [v for v in values if v < pivot]
            if k <= len(below):
                values = below
                continue
            k -= len(below)
            equal = sum(1 for v in values if v == pivot)
            if k <= equal:
                return pivot
            k -= equal
            values = [v for v in values if v > pivot]
