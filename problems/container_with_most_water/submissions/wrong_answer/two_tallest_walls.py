class Solution:
    def maxArea(self, height: List[int]) -> int:
        order = sorted(range(len(height)), key=lambda i: height[i], reverse=True)
        i, j = order[0], order[1]
        return min(height[i], height[j]) * abs(i - j)
