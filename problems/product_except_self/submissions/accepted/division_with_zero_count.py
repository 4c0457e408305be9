class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        zeros = nums.count(0)
        if zeros > 1:
            return [0] * len(nums)
        prod = 1
        for x in nums:
            if x != 0:
                prod *= x
        if zeros == 1:
            return [prod if x == 0 else 0 for x in nums]
        return [prod // x for x in nums]
