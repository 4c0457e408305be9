class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        # Subset number `mask` keeps nums[i] exactly when bit i of mask is set.
        n = len(nums)
        result = []
        for mask in range(1 << n):
            result.append([nums[i] for i in range(n) if mask & (1 << i)])
        return result
