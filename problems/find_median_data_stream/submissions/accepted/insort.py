# a sorted list kept by bisect.insort: an O(n) shift per number, O(n^2) in all, within the bar; the shift is a memmove, too fast to show as not optimal at the probe's sizes
class MedianFinder:
    def __init__(self):
        self.nums = []

    def addNum(self, num: int) -> None:
        bisect.insort(self.nums, num)

    def findMedian(self) -> float:
        n = len(self.nums)
        if n % 2:
            return float(self.nums[n // 2])
        return (self.nums[n // 2 - 1] + self.nums[n // 2]) / 2
