class MedianFinder:

    def __init__(self):
        self.nums = SortedList()  # sortedcontainers, in LeetCode's prelude

    def addNum(self, num: int) -> None:
        self.nums.add(num)

    def findMedian(self) -> float:
        n = len(self.nums)
        if n % 2:
            return float(self.nums[n // 2])
        return (self.nums[n // 2 - 1] + self.nums[n // 2]) / 2.0
