class Solution:
    def trap(self, height: List[int]) -> int:
        # the tallest bar at or before each position, and at or after it
        left = list(accumulate(height, max))
        right = list(accumulate(reversed(height), max))[::-1]
        return sum(min(a, b) - h for a, b, h in zip(left, right, height, strict=True))
