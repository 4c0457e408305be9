class Solution:
    def longestConsecutive(self, nums):
        remaining = set(nums)
        best = 0
        while remaining:
            x = remaining.pop()
            lo, hi = x - 1, x + 1
            while lo in remaining:
                remaining.remove(lo)
                lo -= 1
            while hi in remaining:
                remaining.remove(hi)
                hi += 1
            best = max(best, hi - lo - 1)
        return best
