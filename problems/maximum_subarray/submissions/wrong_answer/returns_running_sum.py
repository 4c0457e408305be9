class Solution:
    def maxSubArray(self, nums):
        cur = nums[0]
        for x in nums[1:]:
            cur = max(x, cur + x)
        return cur
