# the subset-sum reduction: the plus-signed numbers sum to (sum + target) / 2
class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        total = sum(nums)
        # the numbers given a plus sign sum to plus, the others to total - plus, and
        # plus - (total - plus) = target: count the groups of numbers that sum to plus
        if (total + target) % 2 or abs(target) > total:
            return 0
        plus = (total + target) // 2
        ways = [1] + [0] * plus
        for x in nums:
            for s in range(plus, x - 1, -1):  # downwards: each number used at most once
                ways[s] += ways[s - x]
        return ways[plus]
