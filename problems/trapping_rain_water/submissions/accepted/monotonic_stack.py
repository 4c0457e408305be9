class Solution:
    def trap(self, height: List[int]) -> int:
        stack = []  # indices of bars, heights decreasing
        total = 0
        for i, h in enumerate(height):
            while stack and height[stack[-1]] < h:
                bottom = stack.pop()
                if not stack:
                    break
                left = stack[-1]
                depth = min(height[left], h) - height[bottom]
                total += depth * (i - left - 1)
            stack.append(i)
        return total
