class Solution:
    def rob(self, nums: List[int]) -> int:
        if len(nums) == 1:
            return nums[0]
        # every other house, dropping the last one when the circle is odd
        evens = sum(nums[0 : len(nums) - len(nums) % 2 : 2])
        odds = sum(nums[1::2])
        return max(evens, odds)
