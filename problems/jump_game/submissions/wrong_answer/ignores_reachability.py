class Solution:
    def canJump(self, nums: List[int]) -> bool:
        reach = 0
        for i, x in enumerate(nums):
            reach = max(reach, i + x)
            if i > reach:
                return False
        return reach >= len(nums) - 1
