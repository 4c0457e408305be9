import heapq


def minMeetingRooms(intervals):
    ordered = sorted(intervals, key=lambda m: m[0])
    ends = []
    for start, end in ordered:
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)
        else:
            heapq.heappush(ends, end)
    return len(ends)
