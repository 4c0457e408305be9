class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        # pops at most one waiting day per new day
        res = [0] * len(temperatures)
        stack = []
        for i, t in enumerate(temperatures):
            if stack and t > temperatures[stack[-1]]:
                j = stack.pop()
                res[j] = i - j
            stack.append(i)
        return res
