from collections import Counter, defaultdict


class DetectSquares:
    def __init__(self):
        self.copies = Counter()  # (x, y) -> how many times it was added
        self.column = defaultdict(set)  # x -> the distinct y stored at that x

    def add(self, point: List[int]) -> None:
        x, y = point
        self.copies[x, y] += 1
        self.column[x].add(y)

    def count(self, point: List[int]) -> int:
        x, y = point
        total = 0
        # a square through (x, y) has a corner (x, y2) in the same column, side y2 - y,
        # and its other two corners one side length to the left or to the right
        for y2 in self.column.get(x, ()):
            side = y2 - y
            if side == 0:
                continue
            above = self.copies[x, y2]
            for x2 in (x - side, x + side):
                total += above * self.copies[x2, y] * self.copies[x2, y2]
        return total
