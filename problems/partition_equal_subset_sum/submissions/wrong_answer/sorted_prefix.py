class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        running = 0
        for x in sorted(nums):
            running += x
            if running == total // 2:
                return True
        return False
