class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, n in enumerate(nums, 1):
            if target - n in seen:
                return [seen[target - n], i]
            seen[n] = i
