# expect: accepted
import bisect


class Solution:
    def search(self, nums, target):
        print("looking for", target, "in", len(nums), "values")
        i = bisect.bisect_left(nums, target)
        return i if i < len(nums) and nums[i] == target else -1
