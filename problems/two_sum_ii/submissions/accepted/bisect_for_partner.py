# a binary search for each value's partner: O(n log n), within the bar (a log factor the growth check cannot see)
class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        n = len(numbers)
        for i in range(n):
            need = target - numbers[i]
            j = bisect_left(numbers, need, i + 1)
            if j < n and numbers[j] == need:
                return [i + 1, j + 1]
