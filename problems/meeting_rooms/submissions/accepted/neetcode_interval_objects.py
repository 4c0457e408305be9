# NeetCode's version of the problem: a list of Interval objects with .start and .end
"""
Definition of Interval:
class Interval(object):
    def __init__(self, start, end):
        self.start = start
        self.end = end
"""


class Solution:
    def canAttendMeetings(self, intervals: List[Interval]) -> bool:
        meetings = sorted(intervals, key=lambda m: m.start)
        for prev, cur in zip(meetings, meetings[1:]):
            if cur.start < prev.end:
                return False
        return True
