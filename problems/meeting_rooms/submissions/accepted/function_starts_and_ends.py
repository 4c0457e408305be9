# sorted starts and sorted ends apart: the k-th meeting to start must not begin before
# the (k-1)-th meeting to end is over
def canAttendMeetings(intervals):
    starts = sorted(s for s, _ in intervals)
    ends = sorted(e for _, e in intervals)
    return all(starts[k] >= ends[k - 1] for k in range(1, len(starts)))
