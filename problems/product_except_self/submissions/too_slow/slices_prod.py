import math


def productExceptSelf(nums):
    return [math.prod(nums[:i]) * math.prod(nums[i + 1:]) for i in range(len(nums))]
