class Solution:
    def rob(self, nums: List[int]) -> int:
        taken = [False] * len(nums)
        blocked = [False] * len(nums)
        total = 0
        for i in sorted(range(len(nums)), key=lambda i: -nums[i]):
            if blocked[i]:
                continue
            taken[i] = True
            total += nums[i]
            blocked[i] = True
            if i > 0:
                blocked[i - 1] = True
            if i + 1 < len(nums):
                blocked[i + 1] = True
        return total
