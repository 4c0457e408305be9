class Solution:
    def findMin(self, nums: List[int]) -> int:
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:  # the drop, and so the minimum, lies right of mid
                lo = mid + 1
            else:  # nums[mid..hi] is increasing: the minimum is mid or left of it
                hi = mid
        return nums[lo]
