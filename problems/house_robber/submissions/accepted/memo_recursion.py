# memoised recursion from the first house, O(n): the recursion is as deep as the row (100 houses at most)
class Solution:
    def rob(self, nums: List[int]) -> int:
        memo = {}

        def best(i):
            if i >= len(nums):
                return 0
            if i not in memo:
                memo[i] = max(nums[i] + best(i + 2), best(i + 1))
            return memo[i]

        return best(0)
