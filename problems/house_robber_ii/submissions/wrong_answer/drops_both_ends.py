class Solution:
    def rob(self, nums: List[int]) -> int:
        if len(nums) <= 2:
            return max(nums)

        def line(houses):
            a, b = 0, 0
            for h in houses:
                a, b = b, max(b, a + h)
            return b

        # takes either the first house or neither end, never the last one
        return max(nums[0] + line(nums[2:-1]), line(nums[1:-1]))
