class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        where = {}  # value -> first position it was seen at
        for j, value in enumerate(nums):
            i = where.get(target - value)
            if i is not None:
                return [i, j]
            where.setdefault(value, j)
        return []
