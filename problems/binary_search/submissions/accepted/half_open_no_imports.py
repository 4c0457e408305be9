class Solution:
    def search(self, nums: List[int], target: int) -> int:
        i = bisect_left(nums, target)  # from LeetCode's prelude, no import
        if i != len(nums) and nums[i] == target:
            return i
        return -1
