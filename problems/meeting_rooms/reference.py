class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        # in order of start, a clash can only be with the meeting just before
        last_end = 0  # no meeting starts before 0
        for start, end in sorted(intervals):
            if start < last_end:
                return False
            last_end = end
        return True
