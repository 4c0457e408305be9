def singleNumber(nums):
    res = nums[0]
    for x in nums:
        res ^= x
    return res
