# compares neighbours in the order given, without sorting first
class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        for i in range(1, len(intervals)):
            a, b = intervals[i - 1], intervals[i]
            if a[0] < b[1] and b[0] < a[1]:
                return False
        return True
