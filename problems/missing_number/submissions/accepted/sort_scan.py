class Solution:
    def missingNumber(self, nums):
        nums.sort()
        for i, x in enumerate(nums):
            if x != i:
                return i
        return len(nums)
