class Solution:
    def findDuplicate(self, nums):
        # changes nums, which the statement forbids and the judge does not check
        for x in nums:
            i = abs(x)
            if nums[i] < 0:
                return i
            nums[i] = -nums[i]
        return -1
