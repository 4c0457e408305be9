def insert(intervals, newInterval):
    res = []
    i = 0
    while i < len(intervals) and intervals[i][1] < newInterval[0]:
        res.append(intervals[i])
        i += 1
    start, end = newInterval
    while i < len(intervals) and intervals[i][0] <= end:
        start = min(start, intervals[i][0])
        end = intervals[i][1]
        i += 1
    res.append([start, end])
    return res + intervals[i:]
