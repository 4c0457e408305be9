# a meeting starting when the one before ends is counted as a clash
class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        intervals.sort(key=lambda x: x[0])
        for i in range(len(intervals) - 1):
            if intervals[i][1] >= intervals[i + 1][0]:
                return False
        return True
