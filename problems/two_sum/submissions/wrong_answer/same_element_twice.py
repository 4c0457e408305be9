class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        pos = {}
        for i, x in enumerate(nums):
            pos[x] = i
        for i, x in enumerate(nums):
            if target - x in pos:
                return [i, pos[target - x]]
