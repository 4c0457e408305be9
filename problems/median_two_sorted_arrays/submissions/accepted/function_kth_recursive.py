def findMedianSortedArrays(nums1, nums2):
    def kth(a, i, b, j, k):
        # the k-th smallest (1-based) of a[i:] and b[j:]
        if i == len(a):
            return b[j + k - 1]
        if j == len(b):
            return a[i + k - 1]
        if k == 1:
            return min(a[i], b[j])
        step = k // 2
        x = a[i + step - 1] if i + step - 1 < len(a) else float("inf")
        y = b[j + step - 1] if j + step - 1 < len(b) else float("inf")
        if x < y:
            return kth(a, i + step, b, j, k - step)
        return kth(a, i, b, j + step, k - step)

    total = len(nums1) + len(nums2)
    if total % 2:
        return kth(nums1, 0, nums2, 0, total // 2 + 1)
    return (kth(nums1, 0, nums2, 0, total // 2) + kth(nums1, 0, nums2, 0, total // 2 + 1)) / 2
