# sorted by start, a new room each time a meeting begins before the previous one ends
class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        intervals.sort()
        rooms = 1
        for i in range(1, len(intervals)):
            if intervals[i][0] < intervals[i - 1][1]:
                rooms += 1
        return rooms
