class Solution:
    def rob(self, nums: List[int]) -> int:
        # every other house: either the even positions or the odd ones
        return max(sum(nums[0::2]), sum(nums[1::2]))
