class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        target = total // 2
        dp = [False] * (target + 1)
        dp[0] = True
        for num in nums:
            for s in range(num, target + 1):  # upwards: num may be counted again
                if dp[s - num]:
                    dp[s] = True
        return dp[target]
