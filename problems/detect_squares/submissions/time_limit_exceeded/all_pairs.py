class DetectSquares:
    def __init__(self):
        self.points = []

    def add(self, point: List[int]) -> None:
        self.points.append(tuple(point))

    def count(self, point: List[int]) -> int:
        qx, qy = point
        pts = self.points
        total = 0
        # every pair of stored points as the two corners beside the query, then the fourth
        for i, (ax, ay) in enumerate(pts):
            if ax != qx or ay == qy:
                continue
            side = ay - qy
            for bx, by in pts:
                if by == qy and abs(bx - qx) == abs(side):
                    for cx, cy in pts:
                        if cx == bx and cy == ay:
                            total += 1
        return total
