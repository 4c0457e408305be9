class MedianFinder:

    def __init__(self):
        self.lo, self.hi = [], []

    def addNum(self, num: int) -> None:
        # keep len(hi) == len(lo) or len(lo) + 1
        if len(self.lo) == len(self.hi):
            heappush(self.hi, -heappushpop(self.lo, -num))
        else:
            heappush(self.lo, -heappushpop(self.hi, num))

    def findMedian(self) -> float:
        if len(self.hi) > len(self.lo):
            return float(self.hi[0])
        return (self.hi[0] - self.lo[0]) / 2
