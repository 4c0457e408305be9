def findMedianSortedArrays(nums1, nums2):
    nums = sorted(nums1 + nums2)
    mid = len(nums) // 2
    if len(nums) % 2:
        return float(nums[mid])
    return (nums[mid - 1] + nums[mid]) / 2.0
