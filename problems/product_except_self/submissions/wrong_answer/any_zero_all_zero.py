def productExceptSelf(nums):
    if 0 in nums:
        return [0] * len(nums)
    total = 1
    for x in nums:
        total *= x
    return [total // x for x in nums]
