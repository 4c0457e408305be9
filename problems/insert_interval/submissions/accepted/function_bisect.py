from bisect import bisect_left, bisect_right


def insert(intervals, newInterval):
    ends = [e for _, e in intervals]
    starts = [s for s, _ in intervals]
    lo = bisect_left(ends, newInterval[0])  # first range that does not end before
    hi = bisect_right(starts, newInterval[1])  # past the last range that starts inside
    if lo < hi:
        newInterval = [min(newInterval[0], intervals[lo][0]), max(newInterval[1], intervals[hi - 1][1])]
    return intervals[:lo] + [newInterval] + intervals[hi:]
