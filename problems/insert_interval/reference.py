class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        start, end = newInterval
        out = []
        i, n = 0, len(intervals)
        while i < n and intervals[i][1] < start:  # wholly before
            out.append(list(intervals[i]))
            i += 1
        while i < n and intervals[i][0] <= end:  # shares a point: fuse
            start = min(start, intervals[i][0])
            end = max(end, intervals[i][1])
            i += 1
        out.append([start, end])
        out.extend(list(iv) for iv in intervals[i:])  # wholly after
        return out
