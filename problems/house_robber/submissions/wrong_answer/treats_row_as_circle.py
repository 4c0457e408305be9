class Solution:
    def rob(self, nums: List[int]) -> int:
        def line(houses):
            a, b = 0, 0
            for h in houses:
                a, b = b, max(b, a + h)
            return b

        if len(nums) == 1:
            return nums[0]
        # first and last treated as neighbours
        return max(line(nums[:-1]), line(nums[1:]))
