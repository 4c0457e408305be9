class DetectSquares:
    def __init__(self):
        self.cnt = {}

    def add(self, point):
        p = (point[0], point[1])
        self.cnt[p] = self.cnt.get(p, 0) + 1

    def count(self, point):
        qx, qy = point
        total = 0
        for (x, y), k in self.cnt.items():  # each distinct point once, weighted by its copies
            if x != qx and abs(x - qx) == abs(y - qy):
                total += k * self.cnt.get((x, qy), 0) * self.cnt.get((qx, y), 0)
        return total
