class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        a, b = list(nums1), list(nums2)
        merged = []
        while a and b:
            merged.append(a.pop(0) if a[0] <= b[0] else b.pop(0))
        merged += a + b
        k = len(merged)
        return merged[k // 2] if k % 2 else (merged[k // 2 - 1] + merged[k // 2]) / 2
