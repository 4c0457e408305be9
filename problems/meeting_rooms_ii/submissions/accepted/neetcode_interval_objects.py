# NeetCode's version of the problem: a list of Interval objects with .start and .end;
# walk the sorted starts and ends together, counting the meetings going on
"""
Definition of Interval:
class Interval(object):
    def __init__(self, start, end):
        self.start = start
        self.end = end
"""


class Solution:
    def minMeetingRooms(self, intervals: List[Interval]) -> int:
        begins = sorted(m.start for m in intervals)
        finishes = sorted(m.end for m in intervals)
        going = most = 0
        b = f = 0
        while b < len(begins):
            if begins[b] < finishes[f]:
                going += 1
                b += 1
                most = max(most, going)
            else:
                going -= 1
                f += 1
        return most
