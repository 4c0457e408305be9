import bisect


class Solution:
    def eraseOverlapIntervals(self, intervals):
        # best[i]: most intervals kept among the first i (sorted by end)
        intervals = sorted(intervals, key=lambda iv: iv[1])
        ends = [e for _, e in intervals]
        best = [0] * (len(intervals) + 1)
        for i, (s, e) in enumerate(intervals):
            j = bisect.bisect_right(ends, s, 0, i)  # intervals ending at or before s
            best[i + 1] = max(best[i], best[j] + 1)
        return len(intervals) - best[-1]
