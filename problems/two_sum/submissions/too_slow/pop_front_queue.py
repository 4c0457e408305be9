class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        todo = list(enumerate(nums))
        while todo:
            i, x = todo.pop(0)  # list.pop(0) moves every remaining element
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
        return []
