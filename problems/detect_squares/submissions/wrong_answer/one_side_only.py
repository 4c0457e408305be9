class DetectSquares:
    def __init__(self):
        self.cnt = Counter()

    def add(self, point: List[int]) -> None:
        self.cnt[tuple(point)] += 1

    def count(self, point: List[int]) -> int:
        x, y = point
        res = 0
        for (px, py), k in list(self.cnt.items()):
            if px != x or py == y:
                continue
            d = py - y
            # only the square to the right of the column (x + d) is looked at
            res += k * self.cnt[(x + d, y)] * self.cnt[(x + d, py)]
        return res
