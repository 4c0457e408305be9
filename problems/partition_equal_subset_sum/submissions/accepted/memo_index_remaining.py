# memoised take-or-skip over (index, remaining): O(n * sum) states, the table's class; far past the constraints its memo outgrows the memory limit
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False

        @cache
        def can(i: int, remaining: int) -> bool:
            if remaining == 0:
                return True
            if i == len(nums) or remaining < 0:
                return False
            return can(i + 1, remaining - nums[i]) or can(i + 1, remaining)

        return can(0, total // 2)
