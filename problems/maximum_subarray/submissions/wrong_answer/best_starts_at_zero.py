class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        best = 0
        cur = 0
        for x in nums:
            cur = max(0, cur + x)
            best = max(best, cur)
        return best
