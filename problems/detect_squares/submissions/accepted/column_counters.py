from collections import Counter, defaultdict
from typing import List


class DetectSquares:
    def __init__(self):
        self.by_x = defaultdict(Counter)  # x -> Counter of y

    def add(self, point: List[int]) -> None:
        self.by_x[point[0]][point[1]] += 1

    def count(self, point: List[int]) -> int:
        x, y = point
        col = self.by_x.get(x)
        if not col:
            return 0
        res = 0
        for y2, k in col.items():
            d = y2 - y
            if d == 0:
                continue
            for x2 in (x + d, x - d):
                other = self.by_x.get(x2)
                if other:
                    res += k * other[y] * other[y2]
        return res
