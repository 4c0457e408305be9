from functools import reduce
from operator import xor


def singleNumber(nums):
    return reduce(xor, nums)
