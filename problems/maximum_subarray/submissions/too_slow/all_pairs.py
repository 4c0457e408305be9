class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        best = nums[0]
        n = len(nums)
        for i in range(n):
            total = 0
            for j in range(i, n):
                total += nums[j]
                if total > best:
                    best = total
        return best
