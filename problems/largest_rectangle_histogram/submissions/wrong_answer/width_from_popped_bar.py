class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        best = 0
        stack = []
        for i, h in enumerate(heights + [0]):
            while stack and heights[stack[-1]] >= h:
                j = stack.pop()
                best = max(best, heights[j] * (i - j))  # forgets the bars left of j
            stack.append(i)
        return best
