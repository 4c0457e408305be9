def canAttendMeetings(intervals):
    intervals = sorted(intervals)
    for i in range(1, len(intervals) - 1):
        if intervals[i][0] < intervals[i - 1][1]:
            return False
    return True
