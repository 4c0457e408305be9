# sorts (timsort, nearly sorted: O(n)) only when a median is asked: O(n^2) in all, within the bar
class MedianFinder:

    def __init__(self):
        self.nums = []
        self.dirty = False

    def addNum(self, num: int) -> None:
        self.nums.append(num)
        self.dirty = True

    def findMedian(self) -> float:
        if self.dirty:  # only sort when something new arrived
            self.nums.sort()
            self.dirty = False
        n = len(self.nums)
        if n % 2:
            return self.nums[n // 2]
        return (self.nums[n // 2 - 1] + self.nums[n // 2]) / 2
