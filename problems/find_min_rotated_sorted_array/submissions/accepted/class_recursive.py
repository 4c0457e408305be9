class Solution:
    def findMin(self, nums: List[int]) -> int:
        def go(lo, hi):
            if nums[lo] <= nums[hi]:  # this part is in order
                return nums[lo]
            mid = (lo + hi) // 2
            return min(go(lo, mid), go(mid + 1, hi))

        return go(0, len(nums) - 1)
