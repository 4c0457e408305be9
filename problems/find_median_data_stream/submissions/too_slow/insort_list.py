import bisect


class MedianFinder:
    def __init__(self):
        self.nums = []

    def addNum(self, num: int) -> None:
        bisect.insort(self.nums, num)  # binary search, but the insert shifts O(n) items

    def findMedian(self) -> float:
        n = len(self.nums)
        if n & 1:
            return float(self.nums[n // 2])
        return (self.nums[n // 2 - 1] + self.nums[n // 2]) / 2
