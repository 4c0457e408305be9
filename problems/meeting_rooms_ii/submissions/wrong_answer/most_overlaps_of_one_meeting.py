# one more than the most meetings any single meeting overlaps: those may not overlap
# each other
def minMeetingRooms(intervals):
    intervals = sorted(intervals)
    best = 0
    for i, (s, e) in enumerate(intervals):
        count = 0
        for j in range(i + 1, len(intervals)):
            if intervals[j][0] >= e:
                break
            count += 1
        best = max(best, count)
    return best + 1
