class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        starts = sorted(start for start, _ in intervals)
        ends = sorted(end for _, end in intervals)
        rooms = 0
        freed = 0  # meetings already over, taken in order of end
        for start in starts:
            if ends[freed] <= start:
                freed += 1  # the room of the earliest meeting to end is free again
            else:
                rooms += 1
        return rooms
