class Solution:
    def canJump(self, nums):
        fuel = 0
        for x in nums[:-1]:
            fuel = max(fuel - 1, x)
            if fuel == 0:
                return False
        return True
