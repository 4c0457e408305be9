# a room freed at t is not reused by a meeting that begins at t
class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        starts = sorted(i[0] for i in intervals)
        ends = sorted(i[1] for i in intervals)
        rooms = e = 0
        for s in starts:
            if ends[e] < s:
                e += 1
            else:
                rooms += 1
        return rooms
