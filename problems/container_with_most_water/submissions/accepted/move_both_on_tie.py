class Solution:
    def maxArea(self, height):
        left, right, best = 0, len(height) - 1, 0
        while left < right:
            hl, hr = height[left], height[right]
            best = max(best, min(hl, hr) * (right - left))
            if hl < hr:
                left += 1
            elif hl > hr:
                right -= 1
            else:
                left += 1
                right -= 1
        return best
