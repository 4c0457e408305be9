class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        best = 0
        stack = []  # indices of bars with increasing heights
        for i, h in enumerate([*heights, 0]):  # the final 0 empties the stack
            while stack and heights[stack[-1]] >= h:
                top = heights[stack.pop()]
                left = stack[-1] + 1 if stack else 0
                best = max(best, top * (i - left))
            stack.append(i)
        return best
