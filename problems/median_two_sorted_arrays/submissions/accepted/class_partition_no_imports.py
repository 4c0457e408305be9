class Solution:
    def findMedianSortedArrays(self, nums1, nums2):
        if len(nums1) > len(nums2):
            nums1, nums2 = nums2, nums1
        m, n = len(nums1), len(nums2)
        lo, hi = 0, m
        while lo <= hi:
            cut1 = (lo + hi) // 2
            cut2 = (m + n + 1) // 2 - cut1
            l1 = -10**9 if cut1 == 0 else nums1[cut1 - 1]
            r1 = 10**9 if cut1 == m else nums1[cut1]
            l2 = -10**9 if cut2 == 0 else nums2[cut2 - 1]
            r2 = 10**9 if cut2 == n else nums2[cut2]
            if l1 <= r2 and l2 <= r1:
                if (m + n) % 2 == 1:
                    return max(l1, l2)
                return (max(l1, l2) + min(r1, r2)) / 2.0
            if l1 > r2:
                hi = cut1 - 1
            else:
                lo = cut1 + 1
        return 0.0
