# keeps the numbers as they came and sorts a copy for every question: O(n log n) per
# findMedian, O(n^2 log n) over 10^4 numbers each followed by a question
class MedianFinder:
    def __init__(self):
        self.seen = []

    def addNum(self, num: int) -> None:
        self.seen.append(num)

    def findMedian(self) -> float:
        ordered = sorted(self.seen)
        half = len(ordered) // 2
        if len(ordered) % 2:
            return ordered[half]
        return (ordered[half - 1] + ordered[half]) / 2
