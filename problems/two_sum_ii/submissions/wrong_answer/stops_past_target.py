class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(numbers):
            if x > target:  # sorted, so nothing further can help
                break
            if target - x in seen:
                return [seen[target - x] + 1, i + 1]
            seen[x] = i
        return []
