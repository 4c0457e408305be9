class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        best = 0
        for start in range(len(nums)):
            last, count = nums[start], 1
            for x in nums[start + 1:]:
                if x > last:
                    last, count = x, count + 1
            best = max(best, count)
        return best
