class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        def go(i, last):
            if i == len(nums):
                return 0
            best = go(i + 1, last)
            if nums[i] > last:
                best = max(best, 1 + go(i + 1, nums[i]))
            return best

        return go(0, float("-inf"))
