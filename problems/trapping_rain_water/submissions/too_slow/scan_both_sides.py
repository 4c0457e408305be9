class Solution:
    def trap(self, height: List[int]) -> int:
        n = len(height)
        total = 0
        for i in range(n):
            left = 0
            for j in range(i, -1, -1):
                left = max(left, height[j])
            right = 0
            for j in range(i, n):
                right = max(right, height[j])
            total += min(left, right) - height[i]
        return total
