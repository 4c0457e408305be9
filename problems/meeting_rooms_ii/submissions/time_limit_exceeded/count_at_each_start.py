# the rooms in use when each meeting begins, counted over every meeting: O(n^2)
class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        best = 0
        for s, _ in intervals:
            busy = 0
            for a, b in intervals:
                if a <= s < b:
                    busy += 1
            best = max(best, busy)
        return best
