class Solution:
    def rob(self, nums: List[int]) -> int:
        # skip: best total so far without the current house; take: with it.
        skip, take = 0, 0
        for money in nums:
            skip, take = max(skip, take), skip + money
        return max(skip, take)
