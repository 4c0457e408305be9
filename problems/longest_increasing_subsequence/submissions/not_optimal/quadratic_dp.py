# O(n^2) DP: for each element, the best pick ending at an earlier smaller one; LeetCode accepts it for n <= 2500
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        dp = [1] * len(nums)
        for i in range(len(nums)):
            for j in range(i):
                if nums[j] < nums[i] and dp[j] >= dp[i]:
                    dp[i] = dp[j] + 1
        return max(dp)
