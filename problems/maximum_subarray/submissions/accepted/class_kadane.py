class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        best = nums[0]
        current = 0
        for x in nums:
            if current < 0:
                current = 0
            current += x
            if current > best:
                best = current
        return best
