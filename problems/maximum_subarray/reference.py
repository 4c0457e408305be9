class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        best = cur = nums[0]
        for x in nums[1:]:
            cur = max(x, cur + x)  # extend the run ending here, or start afresh
            best = max(best, cur)
        return best
