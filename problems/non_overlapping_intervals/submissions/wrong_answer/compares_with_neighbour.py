def eraseOverlapIntervals(intervals):
    intervals.sort()
    count = 0
    for i in range(1, len(intervals)):
        if intervals[i][0] < intervals[i - 1][1]:
            count += 1
    return count
