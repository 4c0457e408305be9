# a count per moment of the day: O(n + the latest end), which LeetCode accepts (ends <= 10^6)
class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        last = max(e for _, e in intervals)
        change = [0] * (last + 1)
        for s, e in intervals:
            change[s] += 1
            change[e] -= 1
        best = running = 0
        for d in change:
            running += d
            if running > best:
                best = running
        return best
