# keeps the end of the first meeting, not of the latest one
class Solution:
    def canAttendMeetings(self, intervals: List[Interval]) -> bool:
        if not intervals:
            return True
        intervals.sort(key=lambda m: m.start)
        end = intervals[0].end
        for m in intervals[1:]:
            if m.start < end:
                return False
        return True
