import bisect


class Solution:
    def search(self, nums, target):
        return bisect.bisect_left(nums, target)
