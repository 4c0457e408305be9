class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        i = 0
        while nums:
            first, nums = nums[0], nums[1:]  # copies the rest of the list every step
            if target - first in seen:
                return [seen[target - first], i]
            seen[first] = i
            i += 1
        return []
