class Solution:
    def rob(self, nums: List[int]) -> int:
        def go(houses, i):
            if i >= len(houses):
                return 0
            return max(houses[i] + go(houses, i + 2), go(houses, i + 1))

        if len(nums) == 1:
            return nums[0]
        return max(go(nums[:-1], 0), go(nums[1:], 0))
