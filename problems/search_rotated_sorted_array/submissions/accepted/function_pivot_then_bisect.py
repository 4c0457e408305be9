import bisect


def search(nums, target):
    # find the index of the smallest value
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    pivot = lo
    if pivot == 0 or target < nums[0]:
        a, b = pivot, len(nums)
    else:
        a, b = 0, pivot
    i = bisect.bisect_left(nums, target, a, b)
    return i if i < b and nums[i] == target else -1
