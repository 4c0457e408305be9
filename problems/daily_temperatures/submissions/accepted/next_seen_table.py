class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        # next_day[t] = the nearest later day with temperature t (the range is only 30..100)
        next_day = [inf] * 102
        ans = [0] * len(temperatures)
        for i in range(len(temperatures) - 1, -1, -1):
            t = temperatures[i]
            warmer = min(next_day[t + 1:])
            if warmer < inf:
                ans[i] = warmer - i
            next_day[t] = i
        return ans
