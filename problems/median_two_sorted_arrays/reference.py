class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        # Choose how many of the shorter list's values go to the lower half (i); the
        # longer list then gives the rest of that half (j). The split is right when
        # each side's last lower value is at most the other side's first upper value.
        a, b = (nums1, nums2) if len(nums1) <= len(nums2) else (nums2, nums1)
        m, n = len(a), len(b)
        half = (m + n + 1) // 2
        lo, hi = 0, m
        while True:
            i = (lo + hi) // 2
            j = half - i
            a_low = a[i - 1] if i > 0 else -inf
            a_high = a[i] if i < m else inf
            b_low = b[j - 1] if j > 0 else -inf
            b_high = b[j] if j < n else inf
            if a_low > b_high:
                hi = i - 1
            elif b_low > a_high:
                lo = i + 1
            else:
                low = max(a_low, b_low)
                if (m + n) % 2:
                    return float(low)
                return (low + min(a_high, b_high)) / 2
