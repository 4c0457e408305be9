class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        intervals.sort(key=lambda x: x[1])
        count = 0
        last = intervals[0][1]
        for s, e in intervals[1:]:
            if s <= last:
                count += 1
            else:
                last = e
        return count
