class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        kept = []  # sorted by start, no two overlapping
        for s, e in sorted(intervals, key=lambda x: x[1] - x[0]):
            i = bisect_left(kept, [s, e])
            if (i == 0 or kept[i - 1][1] <= s) and (i == len(kept) or e <= kept[i][0]):
                kept.insert(i, [s, e])
        return len(intervals) - len(kept)
