class Solution:
    def canJump(self, nums: List[int]) -> bool:
        reach = 0  # the farthest cell known to be reachable
        for i, step in enumerate(nums):
            if i > reach:
                return False
            reach = max(reach, i + step)
        return True
