class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False

        def go(i, need):
            if need == 0:
                return True
            if i == len(nums) or need < 0:
                return False
            return go(i + 1, need - nums[i]) or go(i + 1, need)

        return go(0, total // 2)
