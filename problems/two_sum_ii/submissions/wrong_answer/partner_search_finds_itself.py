class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        for i, x in enumerate(numbers):
            j = bisect.bisect_left(numbers, target - x)
            if j < len(numbers) and numbers[j] == target - x:
                return [i + 1, j + 1]
