def findMin(nums):
    # looks for the drop next to the middle only
    mid = len(nums) // 2
    if mid > 0 and nums[mid] < nums[mid - 1]:
        return nums[mid]
    return min(nums[0], nums[-1])
