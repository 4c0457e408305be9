class Solution:
    def rob(self, nums: List[int]) -> int:
        n = len(nums)
        best = [0] * (n + 2)
        for i in range(n - 1, -1, -1):
            best[i] = max(nums[i] + best[i + 2], best[i + 1])
        return best[0]
