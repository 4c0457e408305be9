def findMin(nums):
    # every value left of the minimum is larger than the last value, every value from
    # it on is at most the last one: find the first of those
    last = nums[-1]
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] <= last:
            hi = mid
        else:
            lo = mid + 1
    return nums[lo]
