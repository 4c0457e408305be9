class Solution:
    def jump(self, nums: List[int]) -> int:
        i = jumps = 0
        while i < len(nums) - 1:
            i += nums[i]
            jumps += 1
        return jumps
