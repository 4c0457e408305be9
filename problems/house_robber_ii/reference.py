class Solution:
    def rob(self, nums: List[int]) -> int:
        if len(nums) == 1:
            return nums[0]
        # The first and the last house are neighbours, so at most one of them is taken:
        # rob the row without the last house, or the row without the first.
        return max(self.line(nums, 0, len(nums) - 1), self.line(nums, 1, len(nums)))

    def line(self, nums: List[int], start: int, stop: int) -> int:
        # skip: best total so far without the current house; take: with it.
        skip, take = 0, 0
        for i in range(start, stop):
            skip, take = max(skip, take), skip + nums[i]
        return max(skip, take)
