import bisect


def findMin(nums):
    i = bisect.bisect_left(range(len(nums)), True, key=lambda j: nums[j] <= nums[-1])
    return nums[i]
