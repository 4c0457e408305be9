from itertools import product


class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        count = 0
        for signs in product((1, -1), repeat=len(nums)):
            if sum(s * x for s, x in zip(signs, nums)) == target:
                count += 1
        return count
