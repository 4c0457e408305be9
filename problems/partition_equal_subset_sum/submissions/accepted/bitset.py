class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        s = sum(nums)
        if s & 1:
            return False
        bits = 1
        for x in nums:
            bits |= bits << x
        return (bits >> (s // 2)) & 1 == 1
