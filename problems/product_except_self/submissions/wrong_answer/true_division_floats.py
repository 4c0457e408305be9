class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        zeros = nums.count(0)
        total = 1
        for x in nums:
            if x:
                total *= x
        res = []
        for x in nums:
            if zeros > 1:
                res.append(0)
            elif zeros == 1:
                res.append(total if x == 0 else 0)
            else:
                res.append(total / x)
        return res
