def findMedianSortedArrays(nums1, nums2):
    def median(a):
        k = len(a)
        return a[k // 2] if k % 2 else (a[k // 2 - 1] + a[k // 2]) / 2

    if not nums1:
        return float(median(nums2))
    if not nums2:
        return float(median(nums1))
    return (median(nums1) + median(nums2)) / 2
