class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        end = -inf
        keep = 0
        for s, e in sorted(intervals, key=lambda iv: iv[1]):
            if s >= end:
                keep += 1
                end = e
        return len(intervals) - keep
